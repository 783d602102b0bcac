/**
 * A view's settings as the editors use them (docs/views.md "Settings"), and small pure helpers:
 * which operators fit a column, the columns a view shows in its order, moving list items.
 */
import type { Column } from '../api/types'
import { isComputedType, typeFamily } from '../columns/catalog'

export interface SortSpec {
  column_id: number
  direction: 'asc' | 'desc'
  /** Columns of people: the reader's rows first, the next sorts order each part (docs/views.md). */
  me_first?: boolean
}

/** Column types whose sort may put the reader's own rows first. */
export const PEOPLE_TYPES = ['collaborator', 'creator', 'last-modifier']

export interface GroupSpec {
  column_id: number
  direction: 'asc' | 'desc'
  granularity?: string | null
}

export interface ColorRule {
  filters: unknown
  color: string
}

export interface RowColors {
  type: 'by_select' | 'rules'
  column_id?: number | null
  rules?: ColorRule[]
}

export type RowHeight = 'default' | 'double' | 'triple' | 'quadruple'
export const ROW_HEIGHTS: RowHeight[] = ['default', 'double', 'triple', 'quadruple']
/** The grid's row height in pixels for each `row_height`. */
export function rowHeightPx(s: ViewSettings | null | undefined): number {
  return ({ default: 34, double: 56, triple: 88, quadruple: 120 } as Record<string, number>)[s?.row_height ?? 'default'] ?? 34
}
export const MAX_GROUPS = 3
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year']

export interface ViewSettings {
  filters?: unknown
  sorts?: SortSpec[]
  group_by?: GroupSpec[]
  hidden_columns?: number[]
  column_order?: number[]
  column_widths?: Record<string, number>
  frozen_count?: number
  row_height?: RowHeight
  row_colors?: RowColors | null
  summaries?: Record<string, string>
  [k: string]: unknown
}

export interface OperatorInfo {
  name: string
  value: string
  label: string
}

export interface OperatorCatalog {
  types: Record<string, OperatorInfo[]>
  date_terms: string[]
}

/** Computed columns filter by their result type (server/columns/computed.py RESULT_AS_TYPE). */
const RESULT_AS_TYPE: Record<string, string> = { number: 'number', text: 'text', date: 'date', bool: 'checkbox' }

/** The column type whose operators apply to the column. */
export function filterType(col: Column): string {
  const rt = col.options?.result_type
  if (typeof rt === 'string' && RESULT_AS_TYPE[rt] && isComputedType(col.type)) return RESULT_AS_TYPE[rt]
  return col.type
}

export function operatorsFor(catalog: OperatorCatalog | null, col: Column | undefined): OperatorInfo[] {
  if (!catalog || !col) return []
  return catalog.types[filterType(col)] ?? catalog.types[col.type] ?? []
}

/**
 * The kind of value a condition's operator takes (`text`, `number`, `date`, `none`, ...), or
 * undefined while it has no usable operator. A condition on a deleted column is `kept` (or
 * `none` without a value): it is saved back unchanged, and undoing the deletion revives it.
 */
export function valueKind(catalog: OperatorCatalog | null, columns: Column[], c: { column_id: number | null; operator: string; value: unknown }): string | undefined {
  if (c.column_id === null) return undefined
  const col = columns.find((x) => x.id === c.column_id)
  if (!col) return c.value === null || c.value === undefined ? 'none' : 'kept'
  return operatorsFor(catalog, col).find((o) => o.name === c.operator)?.value
}

export function isDateColumn(col: Column | undefined): boolean {
  return !!col && typeFamily(filterType(col)) === 'date'
}

/** The columns in the view's order (columns the order does not name follow in table order), hidden ones left out. */
export function visibleColumns(columns: Column[], s: ViewSettings | null | undefined): Column[] {
  const ordered = orderedColumns(columns, s)
  const hidden = new Set(s?.hidden_columns ?? [])
  return ordered.filter((c) => c.is_primary || !hidden.has(c.id))
}

export function orderedColumns(columns: Column[], s: ViewSettings | null | undefined): Column[] {
  const byPos = [...columns].sort((a, b) => a.position - b.position || a.id - b.id)
  const order = s?.column_order ?? []
  if (!order.length) return byPos
  const rank = new Map(order.map((id, i) => [id, i]))
  const primary = byPos.filter((c) => c.is_primary)
  const rest = byPos.filter((c) => !c.is_primary)
  const named = rest.filter((c) => rank.has(c.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
  const others = rest.filter((c) => !rank.has(c.id))
  return [...primary, ...named, ...others]
}

/** A copy of `list` with the item at `from` moved to `to`. */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  const out = [...list]
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out
  const [x] = out.splice(from, 1)
  out.splice(to, 0, x)
  return out
}

/** How many rules each toolbar button shows in its badge. */
export function ruleCounts(s: ViewSettings | null | undefined, countFilters: (raw: unknown) => number) {
  return {
    filters: countFilters(s?.filters),
    sorts: s?.sorts?.length ?? 0,
    groups: s?.group_by?.length ?? 0,
    hidden: s?.hidden_columns?.length ?? 0,
    colors: s?.row_colors ? (s.row_colors.type === 'rules' ? s.row_colors.rules?.length ?? 0 : 1) : 0,
  }
}
