/**
 * The rows behind a click on a chart (docs/charts.md "Drill-down"): a RowSource over
 * `/api/charts/{id}/rows`, `/count` and `/summaries` for the grid, the view settings the server
 * builds for them (`/drill`), and a free name for «Open as view».
 */
import { http } from '../api/client'
import type { Row } from '../api/types'
import type { RowSource, SummariesAnswer } from '../grid/datasource'
import type { ViewSettings } from '../view/settings'
import type { ChartData } from './option'

/** Category and series keys of a click; undefined leaves that part open (all of it). */
export interface DrillTarget {
  x?: unknown
  series?: unknown
}

/** A click on a chart: its keys and how the chart names them. */
export interface OpenTarget extends DrillTarget {
  label: string
}

export interface Drill {
  table_id: number
  view_id: number | null
  /** The category's own conditions (view-filter format). */
  filters: unknown[]
  /** The chart's view settings with the category's conditions added: what «Open as view» saves. */
  settings: ViewSettings
}

/** Keys as query parameters: the empty category is "", booleans "true"/"false". */
export function drillQuery(target: DrillTarget): Record<string, string> {
  const q: Record<string, string> = {}
  for (const part of ['x', 'series'] as const) {
    const key = target[part]
    if (key === undefined) continue
    q[part] = key === null ? '' : String(key)
  }
  return q
}

export function fetchDrill(chartId: number, target: DrillTarget): Promise<Drill> {
  return http.get<Drill>(`/charts/${chartId}/drill`, { query: drillQuery(target) })
}

/**
 * The date a click reads its rows as of: a point of a series by period end is the rows as they
 * stood at that period's end; any other chart, the dashboard's own as-of date (or none).
 */
export function drillAsOf(data: ChartData | undefined, target: DrillTarget, asOf: string | null): {
  target: DrillTarget
  asOf: string | null
} {
  const ends = data?.period_ends
  if (!ends || !data?.categories) return { target, asOf }
  const i = data.categories.findIndex((c) => c.key === target.x)
  // The periods are the axis, not a filter: the point's rows are every row as of its end.
  return { target: { ...target, x: undefined }, asOf: i >= 0 ? ends[i] : asOf }
}

/** The rows behind a click; `extra` may carry `as_of` when the dashboard is read as of a date. */
export function drillSource(chartId: number, target: DrillTarget, extra: Record<string, string> = {}): RowSource {
  const q = { ...drillQuery(target), ...extra }
  const prefix = `/charts/${chartId}`
  return {
    key: `${prefix}?${new URLSearchParams(q)}`,
    path: prefix,
    query: q,
    count: (signal) => http.get<{ count: number }>(`${prefix}/count`, { query: q, signal }).then((r) => r.count),
    window: (offset, limit, signal) =>
      http.get<{ rows: Row[] }>(`${prefix}/rows`, { query: { ...q, offset, limit }, signal }).then((r) => r.rows),
    summaries: (signal) => http.get<SummariesAnswer>(`${prefix}/summaries`, { query: q, signal }),
  }
}

/** The grid shows the drill-down flat: its rows are one category already. */
export function gridSettings(s: ViewSettings): ViewSettings {
  return { ...s, group_by: [] }
}

/** "Chart: category", cut to the 200 characters a name may have, made unique among `taken`. */
export function freeViewName(base: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLocaleLowerCase()))
  const cut = (s: string, room: number) => (s.length > room ? s.slice(0, room - 1).trimEnd() + '…' : s)
  let name = cut(base, 200)
  for (let i = 2; used.has(name.toLocaleLowerCase()); i++) {
    const suffix = ` (${i})`
    name = cut(base, 200 - suffix.length) + suffix
  }
  return name
}
