"""Every change to a base is an action: validated, written in one transaction, logged with its
inverse, version bumped, then published. See `apply.apply_action`."""
