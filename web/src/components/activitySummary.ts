/**
 * One line a person can read for an entry of the activity log ("added 3 rows to Clients"),
 * in the app's language, from the action's type and logged payload. Names come from the base
 * as it is now (and the trash for deleted things); an id stands in for a name no longer known.
 */
import type { LogEntry } from '../api/trash'

export interface Names {
  table: (id: number) => string | undefined
  column: (id: number) => string | undefined
  view: (id: number) => string | undefined
}

type T = (key: string, params?: Record<string, unknown>, plural?: number) => string

function count(v: unknown): number {
  return Array.isArray(v) ? v.length : 0
}

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null
}

/** What the entry did, without who and when (the dialog shows those beside it). */
export function summarize(e: LogEntry, names: Names, t: T): string {
  const p = e.payload || {}
  const tableId = num(p.table_id)
  const table = tableId === null ? '' : names.table(tableId) ?? `#${tableId}`
  const colId = num(p.column_id)
  const column = colId === null ? '' : names.column(colId) ?? (typeof p.name === 'string' ? p.name : `#${colId}`)
  const viewId = num(p.view_id)
  const view = viewId === null ? '' : names.view(viewId) ?? (typeof p.name === 'string' ? p.name : `#${viewId}`)
  const text = describe(e.type, p, { table, column, view }, t)
  if (e.kind === 'undo') return t('activity.undid', { what: text })
  if (e.kind === 'redo') return t('activity.redid', { what: text })
  return text
}

function describe(type: string, p: Record<string, unknown>, n: { table: string; column: string; view: string }, t: T): string {
  const key = `activity.type.${type}`
  switch (type) {
    case 'insert_rows':
    case 'update_rows':
      return t(key, { n: count(p.rows), table: n.table }, count(p.rows))
    case 'delete_rows':
    case 'restore_rows':
    case 'move_rows':
      return t(key, { n: count(p.row_ids), table: n.table }, count(p.row_ids))
    case 'add_table':
    case 'duplicate_table':
      return t(key, { name: typeof p.name === 'string' ? p.name : n.table, table: n.table })
    case 'modify_table':
      if (typeof p.name === 'string') return t('activity.type.rename_table', { name: p.name })
      if ('record_date_column_id' in p) return t('activity.type.record_date', { table: n.table })
      return t(key, { table: n.table })
    case 'delete_table':
    case 'restore_table':
      return t(key, { table: n.table })
    case 'add_column':
      return t(key, { name: typeof p.name === 'string' ? p.name : n.column, table: n.table })
    case 'modify_column':
      if (typeof p.name === 'string') return t('activity.type.rename_column', { name: p.name, table: n.table })
      if (typeof p.column_type === 'string') return t('activity.type.retype_column', { name: n.column, table: n.table })
      return t(key, { name: n.column, table: n.table })
    case 'delete_column':
    case 'restore_column':
      return t(key, { name: n.column, table: n.table })
    case 'add_view':
    case 'modify_view':
    case 'delete_view':
    case 'restore_view':
    case 'duplicate_view':
      return t(key, { name: n.view, table: n.table })
    case 'reorder_views':
      return t(key, { table: n.table })
    case 'set_links':
      return t(key, { name: n.column, table: n.table })
    case 'batch':
      return t(key, { n: count(p.actions) }, count(p.actions))
    case 'import_rows':
    case 'apply_template':
    case 'restore_base':
      return t(key)
    default:
      return t('activity.type.other', { type })
  }
}
