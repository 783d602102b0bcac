/**
 * Cell edits typed while the server could not be reached, kept in localStorage per table so
 * that closing or reloading the tab does not lose them: the grid sends them when it is next
 * opened on that table and the server answers.
 */

export interface PendingEdit {
  rowId: string
  field: string
  value: unknown
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const key = (tableId: number) => `tablo.outbox.${tableId}`

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage disabled: edits then last as long as the page
  }
}

export function saveOutbox(tableId: number, edits: Iterable<PendingEdit>, store: Store | null = storage()): void {
  if (!store) return
  const list = [...edits]
  try {
    if (list.length) store.setItem(key(tableId), JSON.stringify(list))
    else store.removeItem(key(tableId))
  } catch {
    /* quota exceeded: the edits stay in memory and are still retried */
  }
}

export function loadOutbox(tableId: number, store: Store | null = storage()): PendingEdit[] {
  if (!store) return []
  try {
    const raw = JSON.parse(store.getItem(key(tableId)) ?? '[]')
    if (!Array.isArray(raw)) return []
    return raw.filter(
      (e): e is PendingEdit => !!e && typeof e === 'object' && typeof e.rowId === 'string' && typeof e.field === 'string' && 'value' in e,
    )
  } catch {
    return [] // unreadable (hand-edited or from an older version): nothing to resend
  }
}
