"""Column constraints: required and unique columns, and default values of new rows (issue #22).

A column's constraints live in its options under the key `constraints` (see `rules`); new
rows get the defaults where they are made (`defaults`); every write is checked after its
handler, inside the action's transaction (`check`), so a refused write leaves nothing behind.
"""


def install() -> None:
    """Plug the constraints into the action path (`server.plugins.load` calls it, once)."""
    from server.actions.apply import register_check
    from server.actions.hooks import on_action_done, on_column_change
    from server.columns.constraints.check import after_action, note_action
    from server.columns.constraints.index import sync_index

    register_check(note_action)
    on_action_done(after_action)
    on_column_change(sync_index)
