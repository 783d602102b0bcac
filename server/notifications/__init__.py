"""Telling people: notifications in the app (`notify`), email (`mail`), the channel of team
events that are not actions (`signals`: notifications, comments, permission changes) and
their push to open WebSockets (`live`). `server.plugins` plugs them in."""
