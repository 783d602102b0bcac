"""Registers the team features: routes, the permission check on every action, and the
after-commit subscriber (listed in `server.app.EXTENSIONS`)."""

from server.api import comments, members, notifications, webhooks  # noqa: F401  (routes register on import)
from server.team import permissions, subscriber

permissions.install()
subscriber.install()
