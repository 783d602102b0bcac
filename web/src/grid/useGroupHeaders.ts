/**
 * Group headers: under a grouped view the row source (datasource.ts, groups.ts) puts a header
 * row before each group; the grid draws it full width — ▾/▸, "Column: value", the row count
 * and the group's summaries — and a click on it collapses or expands the group.
 */
import type { ICellRendererParams } from 'ag-grid-community'
import type { Column } from '../api/types'
import type { HeaderEntry } from './groups'
import { displayText } from './types'
import type { GridCore } from './useGridCore'

/** The words a header is made of, in the interface's language. */
export interface GroupHeaderText {
  /** A cell value as the column shows it. */
  value: (col: Column, v: unknown) => string
  /** A summary's value as the footer shows it. */
  summary: (col: Column, kind: string, v: unknown) => string
  /** "(empty)" for a group of empty cells. */
  empty: string
  /** "3 rows". */
  count: (n: number) => string
  /** "Average" for a summary kind. */
  kind: (kind: string) => string
}

/** A header's parts in order, each a class and a text (chevron, column, value, count, summaries). */
export function groupHeaderParts(entry: HeaderEntry, columns: Column[], open: boolean, text: GroupHeaderText): { cls: string; text: string }[] {
  const g = entry.group
  const col = columns.find((c) => c.id === g.column_id)
  const out = [{ cls: 'chevron', text: open ? '▾' : '▸' }]
  if (col) out.push({ cls: 'group-col', text: col.name })
  const shown = g.value === null || g.value === undefined || g.value === '' ? '' : col ? text.value(col, g.value) : String(g.value)
  out.push({ cls: 'group-value' + (shown ? '' : ' empty'), text: shown || text.empty })
  out.push({ cls: 'group-count', text: text.count(g.count) })
  for (const [id, s] of Object.entries(g.summaries ?? {})) {
    const c = columns.find((x) => String(x.id) === id)
    if (!c) continue
    // "Total: 21 127 900,00 ₽" for a sum (what a total means), "Balance · Average: …" otherwise.
    const kind = s.summary === 'sum' ? '' : ` · ${text.kind(s.summary)}`
    out.push({ cls: 'group-summary', text: `${c.name}${kind}: ${text.summary(c, s.summary, s.value)}` })
  }
  return out
}

/** A group's header row (AG Grid's full-width renderer); drawn by the grid context's renderGroup. */
export class GroupHeaderCell {
  private el = document.createElement('div')
  init(p: ICellRendererParams) {
    this.refresh(p)
  }
  getGui() {
    return this.el
  }
  refresh(p: ICellRendererParams): boolean {
    const entry = (p.data as { _group?: HeaderEntry } | undefined)?._group
    if (entry) (p.context as { renderGroup: (el: HTMLElement, entry: HeaderEntry) => void }).renderGroup(this.el, entry)
    return true
  }
}

export function useGroupHeaders(g: GridCore, summaryText: GroupHeaderText['summary']) {
  const { t } = g

  function renderGroup(el: HTMLElement, entry: HeaderEntry) {
    const open = !g.src.isCollapsed(entry.path)
    el.className = 'group-header'
    el.dataset.groupPath = entry.path
    el.dataset.testid = 'group-header'
    el.style.paddingLeft = `${12 + entry.depth * 20}px`
    el.setAttribute('role', 'button')
    el.setAttribute('aria-expanded', String(open))
    el.replaceChildren()
    const parts = groupHeaderParts(entry, g.props.table.columns, open, {
      value: (col, v) => displayText(col, v, g.textCtx()),
      summary: summaryText,
      empty: t('grid2.groupEmpty'),
      count: (n) => t('grid2.groupCount', { n }, n),
      kind: (kind) => t('grid2.summaryKind.' + kind),
    })
    for (const part of parts) {
      const span = document.createElement('span')
      span.className = part.cls
      span.textContent = part.text
      el.append(span)
    }
  }

  /** A click on a group header collapses or expands its group; true when it was one. */
  function toggleFromClick(e: MouseEvent): boolean {
    const header = (e.target as HTMLElement).closest<HTMLElement>('[data-group-path]')
    if (!header) return false
    g.src.toggle(header.dataset.groupPath ?? '')
    g.refresh()
    return true
  }

  return { renderGroup, toggleFromClick }
}
