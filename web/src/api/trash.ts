/**
 * The trash and the activity log (docs/api.md, "The trash" and "Actions, undo, redo, the log"):
 * deleted tables, columns and views of a base; a table's row recycle bin (30 days); your
 * deleted bases; the base's log with its filters, and undo of your latest change from it.
 */
import { http } from './client'

export interface Person {
  id: number
  name: string
  email: string
}

export interface TrashItem {
  id: number
  name: string
  deleted_at: string
  table_id?: number
  type?: string
  private?: boolean
}

export interface BaseTrash {
  tables: TrashItem[]
  columns: TrashItem[]
  views: TrashItem[]
}

export interface BinRow {
  row_id: string
  title: string
  deleted_at: string
  deleted_by: Person | null
  action_id: number
}

export interface RowBin {
  rows: BinRow[]
  total: number
  retention_days: number
}

export interface DeletedBase {
  id: number
  name: string
  deleted_at: string
}

export interface LogEntry {
  id: number
  version: number
  type: string
  kind: 'do' | 'undo' | 'redo' | string
  target_id: number | null
  undone: boolean
  client_id: string | null
  payload: Record<string, unknown>
  summary: Record<string, unknown> | null
  user: Person | null
  created_at: string
}

export interface LogPage {
  version: number
  actions: LogEntry[]
  has_more: boolean
  your_undo: number | null
}

export interface LogFilter {
  userId?: number | null
  tableId?: number | null
  before?: number | null
  limit?: number
}

export const trash = {
  ofBase: (baseId: number) => http.get<BaseTrash>(`/bases/${baseId}/trash`),
  rows: (tableId: number, offset = 0, limit = 50) =>
    http.get<RowBin>(`/tables/${tableId}/trash`, { query: { offset, limit } }),
  restoreRows: (tableId: number, rowIds: string[]) =>
    http.post<{ version: number; rows: unknown[]; links: number }>(`/tables/${tableId}/trash/restore`, { row_ids: rowIds }),
  restoreTable: (id: number) => http.post<unknown>(`/tables/${id}/restore`),
  restoreColumn: (id: number) => http.post<unknown>(`/columns/${id}/restore`),
  restoreView: (id: number) => http.post<unknown>(`/views/${id}/restore`),
  deletedBases: () => http.get<{ bases: DeletedBase[] }>('/bases/deleted').then((r) => r.bases),
}

export const activity = {
  page: (baseId: number, f: LogFilter = {}) =>
    http.get<LogPage>(`/bases/${baseId}/actions`, {
      query: { order: 'desc', limit: f.limit ?? 50, user_id: f.userId, table_id: f.tableId, before: f.before },
    }),
  undo: (baseId: number, actionId: number) =>
    http.post<{ version: number }>(`/bases/${baseId}/undo`, { action_id: actionId }),
}
