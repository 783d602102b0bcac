"""Working as a team: members and invitations, table and column permissions, comments,
notifications (in the app and by email) and webhooks.

Importing `server.team.extension` (listed in `server.app.EXTENSIONS`) registers the routes,
the permission check every action passes, and the after-commit subscriber.
"""
