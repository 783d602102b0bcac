/**
 * Footer summaries: a pinned bottom row under the grid showing the view's summaries (on "All
 * rows" the default footer or those picked there), read from the server whenever the rows are;
 * a click on a footer cell opens the menu of the summaries its column can have (summaries.ts).
 */
import type { ICellRendererParams } from 'ag-grid-community'
import { computed, onBeforeUnmount, ref, watch } from 'vue'
import { http } from '../api/client'
import type { Column } from '../api/types'
import { reportError } from '../store'
import type { SummariesAnswer } from './datasource'
import { isCountKind, summaryKinds, withSummary } from './summaries'
import { displayText, type TextContext } from './types'
import type { GridCore } from './useGridCore'

interface SummaryCellData {
  label: string
  text: string
  columnId: number
}

/** How a summary's value reads: counts as whole numbers, the rest in the column's format. */
export function summaryText(col: Column, kind: string, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return '—'
  if (isCountKind(kind)) return new Intl.NumberFormat(ctx.locale).format(Number(value))
  return displayText(col, value, ctx) || String(value)
}

/** A footer cell: "Sum 1 234", or a faint "Summarize…" to pick one. */
export class SummaryCell {
  private el = document.createElement('button')
  init(p: ICellRendererParams) {
    this.el.type = 'button'
    this.el.className = 'summary-cell'
    this.refresh(p)
  }
  getGui() {
    return this.el
  }
  refresh(p: ICellRendererParams): boolean {
    const d = (p.data?.__s?.[p.colDef?.colId ?? ''] ?? null) as SummaryCellData | null
    const id = Number((p.colDef?.colId ?? '').slice(1))
    this.el.dataset.column = String(id)
    this.el.replaceChildren()
    if (d) {
      const label = document.createElement('span')
      label.className = 'summary-label'
      label.textContent = d.label
      const value = document.createElement('span')
      value.className = 'summary-value'
      value.textContent = d.text
      this.el.append(label, value)
      this.el.title = `${d.label} ${d.text}`
    } else {
      this.el.classList.add('empty')
      this.el.textContent = p.context?.summarizeLabel ?? ''
    }
    this.el.classList.toggle('empty', !d)
    return true
  }
}

export function useSummaries(g: GridCore) {
  const { props, t } = g
  const summaryMenu = ref<{ x: number; y: number; col: Column } | null>(null)
  let summaryCtrl: AbortController | null = null
  let footerVersion = 0

  /** The footer shows a view's summaries, or on "All rows" the default ones (money summed, rows
   * counted) or those picked there (unsaved); anyone may read it. */
  const showFooter = computed(() => !!props.viewSettings)
  /** The summary of each column as the footer shows it (the server's answer, defaults included). */
  const footerKinds = ref<Record<string, string>>({})
  const chosenSummaries = computed(() => props.viewSettings?.summaries ?? footerKinds.value)

  const textOf = (col: Column, kind: string, value: unknown) => summaryText(col, kind, value, g.textCtx())

  async function loadSummaries() {
    const a = g.api.value
    if (!a) return
    if (!showFooter.value) {
      a.setGridOption('pinnedBottomRowData', [])
      return
    }
    const chosen = props.viewSettings?.summaries
    const cells: Record<string, SummaryCellData> = {}
    const kinds: Record<string, string> = {}
    // The answer for the view shown before must not land after this one's (a view switched to
    // with no summaries would show the previous view's footer).
    summaryCtrl?.abort()
    summaryCtrl = null
    // Without chosen summaries the server answers the default footer; an empty choice is none.
    if (!chosen || Object.keys(chosen).length) {
      const ctrl = (summaryCtrl = new AbortController())
      try {
        const res = props.source.summaries
          ? await props.source.summaries(ctrl.signal)
          : await http.get<SummariesAnswer>(`${props.source.path}/summaries`, { query: props.source.query, signal: ctrl.signal })
        for (const [id, s] of Object.entries(res.summaries)) {
          kinds[id] = s.summary
          const col = g.dataColumns.value.find((c) => String(c.id) === id)
          if (!col) continue
          cells['c' + id] = { columnId: col.id, label: t('grid2.summaryKind.' + s.summary), text: textOf(col, s.summary, s.value) }
        }
      } catch (e) {
        if ((e as Error).name === 'AbortError') return
        reportError(e)
      }
    }
    footerKinds.value = kinds
    // A new row id each time, so every footer cell renders the new values.
    a.setGridOption('pinnedBottomRowData', [{ _id: `__summary${++footerVersion}`, __s: cells }])
  }

  function openSummaryMenu(target: HTMLElement) {
    const id = Number(target.dataset.column)
    const col = g.dataColumns.value.find((c) => c.id === id)
    if (!col || !props.canEdit || !props.saveView) return
    const r = target.getBoundingClientRect()
    const height = 34 * (summaryKinds(col).length + 1) + 16
    summaryMenu.value = { x: Math.min(r.left, window.innerWidth - 220), y: Math.max(8, r.top - height), col }
  }

  async function chooseSummary(kind: string | null) {
    const m = summaryMenu.value
    summaryMenu.value = null
    if (!m || !props.saveView) return
    try {
      await props.saveView({ summaries: withSummary(chosenSummaries.value, m.col.id, kind) })
    } catch {
      // saveView reports a refused change and takes it back.
    }
  }

  function closeSummaryMenu(e?: Event) {
    if (e && (e.target as HTMLElement).closest?.('.summary-menu, .summary-cell')) return
    summaryMenu.value = null
  }

  watch(
    () => [showFooter.value, JSON.stringify(props.viewSettings?.summaries ?? {}), props.source.key, g.locale.value],
    () => loadSummaries(),
  )

  g.onDocument('mousedown', closeSummaryMenu)
  onBeforeUnmount(() => summaryCtrl?.abort())

  return { summaryMenu, chosenSummaries, loadSummaries, openSummaryMenu, chooseSummary, summaryText: textOf }
}
