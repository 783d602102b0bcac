"""Who may change what: roles, table permissions and column permissions, checked on every
action (`checks.check_action`, registered with the action path by `server.plugins`)."""
