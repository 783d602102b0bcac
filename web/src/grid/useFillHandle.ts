/**
 * The fill handle: the small square on the selection's bottom-right cell. Dragged down, it
 * previews the rows it reaches and, on release, repeats the selected rows' values over them
 * (fill.ts plans it; one action, so one Ctrl+Z takes it back).
 */
import type { CellClassParams } from 'ag-grid-community'
import { notify } from '../store'
import { fillPlan, sourceFor, type FillPlan } from './fill'
import { selectionRect, type Rect } from './selection'
import type { useEdits } from './useEdits'
import type { GridCore } from './useGridCore'
import { copiedUpdates, type useRangeEdits } from './useRangeEdits'

export function useFillHandle(g: GridCore, edits: ReturnType<typeof useEdits>, range: ReturnType<typeof useRangeEdits>) {
  const { props, sel } = g
  /** The selection being dragged and the row the handle is over. */
  let fillDrag: { rect: Rect; to: number } | null = null

  /** cellClassRules' `fill-corner`: the cell at the selection's bottom-right corner. */
  function atFillCorner(p: CellClassParams): boolean {
    const s = sel.value
    if (!s || !props.canEdit || p.node.rowPinned || fillDrag) return false
    const r = selectionRect(s)
    return p.node.rowIndex === r.bottom && g.colIndexOf(p.colDef.colId ?? '') === r.right
  }

  function paint() {
    const root = g.wrapper.value
    if (!root) return
    const s = sel.value
    const r = s && props.canEdit ? selectionRect(s) : null
    const cols = g.displayedDataColumns().map((c) => c.getColId())
    root.querySelectorAll<HTMLElement>('.ag-row:not(.ag-row-pinned) .ag-cell').forEach((cell) => {
      const rowIndex = Number(cell.closest('.ag-row')?.getAttribute('row-index'))
      const colIndex = cols.indexOf(cell.getAttribute('col-id') ?? '')
      cell.classList.toggle('fill-corner', !!r && !fillDrag && rowIndex === r.bottom && colIndex === r.right)
      const preview = !!fillDrag && rowIndex > fillDrag.rect.bottom && rowIndex <= fillDrag.to &&
        colIndex >= fillDrag.rect.left && colIndex <= fillDrag.rect.right
      cell.classList.toggle('fill-preview', preview)
    })
  }

  /** A press on the handle (the corner square of the corner cell) starts a fill drag. */
  function startFill(e: MouseEvent): boolean {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('.ag-cell.fill-corner')
    if (!cell || !sel.value) return false
    const box = cell.getBoundingClientRect()
    if (e.clientX < box.right - 10 || e.clientY < box.bottom - 10) return false
    e.preventDefault()
    e.stopPropagation()
    const rect = selectionRect(sel.value)
    fillDrag = { rect, to: rect.bottom }
    const move = (ev: MouseEvent) => {
      if (!fillDrag) return
      const under = document.elementFromPoint(ev.clientX, ev.clientY)?.closest('.ag-row:not(.ag-row-pinned)')
      const row = Number(under?.getAttribute('row-index'))
      if (Number.isFinite(row)) fillDrag.to = Math.max(fillDrag.rect.bottom, row)
      paint()
    }
    const up = () => {
      document.removeEventListener('mousemove', move)
      document.removeEventListener('mouseup', up)
      const d = fillDrag
      fillDrag = null
      paint()
      const plan = d ? fillPlan(d.rect, d.to, g.rowCount.value) : null
      if (plan && d) fillRange(d.rect, plan)
    }
    document.addEventListener('mousemove', move)
    document.addEventListener('mouseup', up)
    paint()
    return true
  }

  /** Repeats the selected rows' values over the rows the handle was dragged across: one action. */
  async function fillRange(r: Rect, plan: FillPlan) {
    const cols = range.writableColumns(r)
    if (!cols.length) return
    try {
      const list = await g.rowsBetween(plan.sourceTop, plan.targetBottom)
      const height = plan.sourceBottom - plan.sourceTop + 1
      const updates = copiedUpdates(list.slice(height), (i) => list[sourceFor(plan, i)], cols)
      if (!updates.length) return
      await edits.writeBatch(updates)
      sel.value = { anchor: { row: r.top, col: r.left }, focus: { row: plan.targetBottom, col: r.right } }
      g.refresh()
      notify(g.t('grid2.filled', { n: updates.length * cols.length }), 'success')
    } catch (e) {
      edits.report(e)
    }
  }

  return { atFillCorner, paint, startFill }
}
