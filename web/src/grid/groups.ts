/**
 * Group headers inside the infinite row model. A grouped view's rows are shown with a header
 * row before each group (value, count, summaries). The display list interleaves headers and
 * rows; this module maps between display positions (what the grid scrolls) and the view's
 * row positions (what the server pages), so the scrollbar stays true and windows stay windows.
 */

export interface GroupNode {
  column_id: number
  value: unknown
  count: number
  /** Position of the group's first row in the view. */
  start: number
  summaries: Record<string, { summary: string; value: unknown }>
  groups?: GroupNode[]
}

export interface HeaderEntry {
  kind: 'header'
  group: GroupNode
  depth: number
  /** A stable key for collapsing: the values from the top level down. */
  path: string
}

interface RowRun {
  kind: 'rows'
  /** First view position of the run and how many rows. */
  start: number
  n: number
}

type Segment = (HeaderEntry | RowRun) & { at: number }

export interface GroupLayout {
  /** Display rows in all (headers + visible rows). */
  total: number
  segments: Segment[]
}

/** Lays out the tree: a header per group, then its subgroups or its rows (none when collapsed). */
export function layout(tree: GroupNode[], collapsed: Set<string>): GroupLayout {
  const segments: Segment[] = []
  let at = 0
  const walk = (nodes: GroupNode[], depth: number, prefix: string) => {
    for (const g of nodes) {
      const path = prefix + '/' + JSON.stringify(g.value ?? null)
      segments.push({ kind: 'header', group: g, depth, path, at })
      at += 1
      if (collapsed.has(path)) continue
      if (g.groups?.length) walk(g.groups, depth + 1, path)
      else if (g.count > 0) {
        segments.push({ kind: 'rows', start: g.start, n: g.count, at })
        at += g.count
      }
    }
  }
  walk(tree, 0, '')
  return { total: at, segments }
}

function segmentAt(l: GroupLayout, display: number): number {
  let lo = 0
  let hi = l.segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (l.segments[mid].at <= display) lo = mid
    else hi = mid - 1
  }
  return lo
}

export type DisplayItem = HeaderEntry | { kind: 'row'; position: number }

/** What is shown at display positions [offset, offset+limit): headers and view positions. */
export function displayWindow(l: GroupLayout, offset: number, limit: number): DisplayItem[] {
  const out: DisplayItem[] = []
  if (!l.segments.length) return out
  const end = Math.min(l.total, offset + limit)
  for (let i = segmentAt(l, offset); i < l.segments.length && l.segments[i].at < end; i++) {
    const s = l.segments[i]
    if (s.kind === 'header') {
      if (s.at >= offset) out.push({ kind: 'header', group: s.group, depth: s.depth, path: s.path })
      continue
    }
    const from = Math.max(offset, s.at)
    const to = Math.min(end, s.at + s.n)
    for (let d = from; d < to; d++) out.push({ kind: 'row', position: s.start + (d - s.at) })
  }
  return out
}

/** The display position of a view row, or -1 when its group is collapsed. */
export function displayOf(l: GroupLayout, position: number): number {
  for (const s of l.segments) {
    if (s.kind === 'rows' && position >= s.start && position < s.start + s.n) return s.at + (position - s.start)
  }
  return -1
}
