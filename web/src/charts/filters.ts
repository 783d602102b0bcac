/**
 * Dashboard-wide filters (docs/charts.md «Dashboard filters»): a dashboard's filters travel in
 * `settings.dashboard_filters` of every chart on it, so setting them is one `batch` of
 * `modify_chart` actions (one undo step, live to others); the server applies them to each
 * chart's data and drill-down and reports which it had to ignore.
 */
import type { Column, Table } from '../api/types'
import { columnTypeInfo } from '../columns/catalog'
import type { ChartSettings } from './editor'

export interface FilterColumn {
  table_id: number
  column_id: number
}

export interface DashboardFilter {
  label: string
  kind: 'date' | 'value'
  columns: FilterColumn[]
  match?: string | null
  /** date: {from, to} (YYYY-MM-DD or null); value: text; null: off. */
  value: DateRange | string | number | null
}

export interface DateRange {
  from: string | null
  to: string | null
}

/** The filters of a dashboard: those its first chart carries (every chart carries the same). */
export function filtersOf(charts: { settings: ChartSettings }[]): DashboardFilter[] {
  return JSON.parse(JSON.stringify(charts[0]?.settings.dashboard_filters ?? [])) as DashboardFilter[]
}

/** One `modify_chart` per chart of the dashboard, giving each the filters: one undo step. */
export function filterActions(charts: { id: number; settings: ChartSettings }[], filters: DashboardFilter[]) {
  return {
    type: 'batch',
    actions: charts.map((c) => ({ type: 'modify_chart', chart_id: c.id, settings: { ...c.settings, dashboard_filters: filters } })),
  }
}

/** Whether a filter narrows anything: a date with an end, a value that is not empty. */
export function isActive(f: DashboardFilter): boolean {
  if (f.kind === 'date') {
    const v = f.value as DateRange | null
    return !!v && !!(v.from || v.to)
  }
  return f.value != null && f.value !== ''
}

/** The family of a column's values as view filters compare them (computed columns: their result's). */
function familyOf(col: Column): string | undefined {
  const t = (col.options as { result_type?: string } | undefined)?.result_type ?? col.type
  return columnTypeInfo(t)?.family ?? undefined
}

const VALUE_FAMILIES = new Set(['text', 'select', 'user', 'number', 'checkbox', 'list'])

/** The columns of a table a filter of this kind can compare. */
export function fittingColumns(table: Table, kind: DashboardFilter['kind']): Column[] {
  return table.columns.filter((c) => {
    const fam = familyOf(c)
    return kind === 'date' ? fam === 'date' : fam != null && VALUE_FAMILIES.has(fam)
  })
}

/** The column a filter compares in a table: listed for it, or found by `match` (case folded). */
export function columnIn(table: Table, f: DashboardFilter): Column | undefined {
  const pair = f.columns.find((p) => p.table_id === table.id)
  if (pair) return table.columns.find((c) => c.id === pair.column_id)
  const name = (f.match ?? '').trim().toLocaleLowerCase()
  return name ? table.columns.find((c) => c.name.trim().toLocaleLowerCase() === name) : undefined
}

/** Values to offer for a value filter: the options of select columns, the members' emails for
 * collaborator columns, over the columns it compares in these tables. */
export function suggestions(tables: Table[], f: DashboardFilter, memberEmails: string[]): string[] {
  const out = new Set<string>()
  for (const tb of tables) {
    const col = columnIn(tb, f)
    if (!col) continue
    const fam = familyOf(col)
    if (fam === 'user') memberEmails.forEach((e) => out.add(e))
    const opts = (col.options as { options?: { name: string }[] } | undefined)?.options ?? []
    opts.forEach((o) => out.add(o.name))
  }
  return [...out]
}
