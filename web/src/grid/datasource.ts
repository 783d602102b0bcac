/**
 * Where a grid's rows come from. A RowSource answers "how many rows" and "rows from offset
 * to offset+limit"; the table source uses /api/tables/{id}/rows and /count (with the unsaved
 * settings of "All rows", if any, in a `settings` parameter), the view source
 * /api/views/{id}/rows and /count (the view's filters and sorts run on the server). The grid
 * wraps a source in an AG Grid infinite datasource that asks for windows of 200 rows.
 */
import type { IDatasource, IGetRowsParams } from 'ag-grid-community'
import { http } from '../api/client'
import type { Row } from '../api/types'
import { displayOf, displayWindow, layout, type GroupLayout, type GroupNode } from './groups'
import type { SearchHit } from './search'

export const WINDOW = 200

export interface RowSource {
  readonly key: string
  count(signal?: AbortSignal): Promise<number>
  window(offset: number, limit: number, signal?: AbortSignal): Promise<Row[]>
  /** Rows containing the text: ids and positions in this source's order (Ctrl+F). */
  search?(q: string, signal?: AbortSignal): Promise<SearchHit[]>
  /** The view behind the source (its settings hold column order, widths, summaries), if any. */
  readonly viewId?: number
  /** Where its reads go (`/views/{id}` or `/tables/{id}`) and the parameters each read takes. */
  readonly path: string
  readonly query: Record<string, string>
  /** Footer summaries of these rows, for a source read elsewhere (a chart's drill-down). */
  summaries?(signal?: AbortSignal): Promise<SummariesAnswer>
}

/** `/views/{id}/summaries` and the like: {column id: {summary kind, value}}. */
export interface SummariesAnswer {
  summaries: Record<string, { summary: string; value: unknown }>
}

function pathSource(path: string, viewId?: number, query: Record<string, string> = {}): RowSource {
  return {
    key: path + (Object.keys(query).length ? '?' + new URLSearchParams(query).toString() : ''),
    viewId,
    path,
    query,
    search: (q, signal) =>
      http.get<{ hits: SearchHit[] }>(`${path}/search`, { query: { ...query, q, limit: 10000 }, signal }).then((r) => r.hits),
    count: (signal) => http.get<{ count: number }>(`${path}/count`, { query, signal }).then((r) => r.count),
    window: (offset, limit, signal) =>
      http.get<{ rows: Row[] }>(`${path}/rows`, { query: { ...query, offset, limit }, signal }).then((r) => r.rows),
  }
}

/** A table's rows; `query` carries the unsaved settings of "All rows" (view/draft.ts). */
export const tableSource = (tableId: number, query: Record<string, string> = {}): RowSource =>
  pathSource(`/tables/${tableId}`, undefined, query)
/** A view's rows; `query` may carry `as_of` (docs/as-of.md). */
export const viewSource = (viewId: number, query: Record<string, string> = {}): RowSource =>
  pathSource(`/views/${viewId}`, viewId, query)

/** Rows [offset, offset+limit) fetched in pieces the server accepts (at most 1,000 each). */
export async function fetchRange(source: RowSource, offset: number, limit: number): Promise<Row[]> {
  const out: Row[] = []
  for (let at = offset; at < offset + limit; at += 1000) {
    const part = await source.window(at, Math.min(1000, offset + limit - at))
    out.push(...part)
    if (part.length < Math.min(1000, offset + limit - at)) break
  }
  return out
}

export interface GridDatasourceHooks {
  onCount(count: number): void
  onError(e: unknown): void
}

/**
 * The infinite datasource. The count is asked once per refresh, alongside the first window,
 * so the scrollbar is true to size from the first paint.
 */
export function gridDatasource(source: RowSource, hooks: GridDatasourceHooks): IDatasource & { reset(): void } {
  let countPromise: Promise<number> | null = null
  const controllers = new Set<AbortController>()
  return {
    reset() {
      countPromise = null
    },
    getRows(params: IGetRowsParams) {
      const ctrl = new AbortController()
      controllers.add(ctrl)
      if (!countPromise) {
        countPromise = source.count(ctrl.signal).then((n) => {
          hooks.onCount(n)
          return n
        })
        countPromise.catch(() => {
          countPromise = null
        })
      }
      const limit = params.endRow - params.startRow
      Promise.all([source.window(params.startRow, limit, ctrl.signal), countPromise])
        .then(([rows, count]) => {
          const end = params.startRow + rows.length
          // A short window is the true end; otherwise trust the count (rows may be added meanwhile).
          const lastRow = rows.length < limit ? end : Math.max(count, end)
          if (lastRow !== count) hooks.onCount(lastRow)
          params.successCallback(rows, lastRow)
        })
        .catch((e) => {
          params.failCallback()
          if ((e as Error).name !== 'AbortError') hooks.onError(e)
        })
        .finally(() => controllers.delete(ctrl))
    },
    destroy() {
      controllers.forEach((c) => c.abort())
      controllers.clear()
    },
  }
}

/** A source that, under a grouped view, shows a header row before each group (see groups.ts). */
export interface GroupedSource extends RowSource {
  /** Rows without the headers (for "N rows"), or null when the view is not grouped. */
  rowTotal(): number | null
  /** Collapses or expands a group (by its header's path); re-read the grid afterwards. */
  toggle(path: string): void
  isCollapsed(path: string): boolean
}

/** Header rows carry `_group` (and an `_id` that is no row's). */
export function isGroupRow(row: Row | undefined | null): boolean {
  return !!row && '_group' in row
}

export function groupedSource(base: RowSource, grouped: () => boolean): GroupedSource {
  let current: Promise<GroupLayout | null> | null = null
  let tree: GroupNode[] = []
  let rows: number | null = null
  let lay: GroupLayout | null = null
  const collapsed = new Set<string>()
  const load = (): Promise<GroupLayout | null> => {
    if (!grouped()) {
      rows = null
      lay = null
      return Promise.resolve(null)
    }
    return http.get<{ groups: GroupNode[]; count: number | null }>(`${base.path}/groups`, { query: base.query }).then((r) => {
      tree = r.groups
      rows = r.count ?? 0
      lay = layout(tree, collapsed)
      return lay
    })
  }
  const layoutNow = () => (current ??= load())
  return {
    key: base.key,
    viewId: base.viewId,
    path: base.path,
    query: base.query,
    rowTotal: () => rows,
    isCollapsed: (path) => collapsed.has(path),
    toggle(path) {
      if (collapsed.has(path)) collapsed.delete(path)
      else collapsed.add(path)
    },
    async count(signal) {
      current = load()
      const l = await current
      return l ? l.total : base.count(signal)
    },
    async window(offset, limit, signal) {
      const l = await layoutNow()
      if (!l) return base.window(offset, limit, signal)
      const items = displayWindow(l, offset, limit)
      const positions = items.flatMap((it) => (it.kind === 'row' ? [it.position] : []))
      let got: Row[] = []
      let lo = 0
      if (positions.length) {
        lo = Math.min(...positions)
        const hi = Math.max(...positions)
        for (let at = lo; at <= hi; at += 1000) got.push(...(await base.window(at, Math.min(1000, hi + 1 - at), signal)))
      }
      const out: Row[] = []
      for (const it of items) {
        if (it.kind === 'header') out.push({ _id: 'group:' + it.path, _group: it } as unknown as Row)
        // `_pos`: the row's place in the view, for its row number (display places count headers).
        else if (got[it.position - lo]) out.push({ ...got[it.position - lo], _pos: it.position })
        else break
      }
      return out
    },
    async search(q, signal) {
      const hits = (await base.search?.(q, signal)) ?? []
      const l = await layoutNow()
      if (!l) return hits
      return hits.flatMap((h) => {
        const d = displayOf(l, h.position)
        return d < 0 ? [] : [{ row_id: h.row_id, position: d }]
      })
    },
  }
}
