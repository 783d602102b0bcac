/** Shapes of the server's JSON (server/api/*.py is the source of truth). */

export interface User {
  id: number
  email: string
  name: string
  is_admin: boolean
  locale: string | null
  timezone: string | null
  two_factor?: boolean
  must_enrol_2fa?: boolean
}

export type Role = 'owner' | 'admin' | 'editor' | 'commenter' | 'viewer' | string

export interface BaseSummary {
  id: number
  uuid: string
  name: string
  role: Role
  version: number
}

/** A column type id of GET /api/column-types (web/src/columns/ holds one module per type). */
export type ColumnType = string

export interface SelectOption {
  id: string
  name: string
  color: string
}

export interface Column {
  id: number
  table_id?: number
  name: string
  type: ColumnType
  options: Record<string, any>
  position: number
  is_primary: boolean
  read_only: boolean
  description: string
}

export interface Table {
  id: number
  name: string
  position: number
  columns: Column[]
  /** The date or created-time column reads «as of a date» go by (docs/as-of.md), or null. */
  record_date_column_id?: number | null
}

export interface View {
  id: number
  table_id: number
  name: string
  /** A view type from GET /api/view-types (web/src/viewtypes/ picks its component). */
  type: string
  position: number
  settings: Record<string, unknown>
  private: boolean
}

export interface Member {
  id: number
  email: string
  name: string
  role: Role
}

export interface Base {
  id: number
  uuid: string
  name: string
  role: Role
  version: number
  tables: Table[]
  views: View[]
  members: Member[]
}

export interface Row {
  _id: string
  _ctime?: string
  _mtime?: string
  _creator?: number | null
  _last_modifier?: number | null
  [columnId: string]: unknown
}

export interface Attachment {
  id: string
  name: string
  size: number
  mime: string
  url: string
}

export interface HistoryEntry {
  action_id: number
  version: number
  kind: string
  op: string
  cells: Record<string, unknown>
  user: { id: number; name: string; email: string } | null
  at: string
}

export interface ConversionReport {
  converted: number
  failed: number
  examples: unknown[]
}
