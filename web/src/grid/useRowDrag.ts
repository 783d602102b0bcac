/**
 * Row numbers: a press selects the row (with Shift, every row up to it), and where the order is
 * the table's own (no sorts, no groups) a drag moves the selected rows — a line shows where they
 * will land — as one `move_rows` action.
 */
import { computed, ref } from 'vue'
import { actions } from '../api/endpoints'
import type { Row } from '../api/types'
import { notify, reportError } from '../store'
import { isGroupRow } from './datasource'
import { selectionRect, type Rect } from './selection'
import type { GridCore } from './useGridCore'
import type { useSelection } from './useSelection'

/** A press inside rows already selected on their numbers keeps them, so they drag together. */
export function pressKeepsRows(rowMode: boolean, shift: boolean, r: Rect | null, row: number): boolean {
  return rowMode && !shift && !!r && r.bottom > r.top && row >= r.top && row <= r.bottom
}

/** The rows a drag from row `pressed` moves: the selected rows when it is one of them, else itself. */
export function movedBlock(pressed: number, r: Rect | null, rowMode: boolean): { top: number; bottom: number } {
  const inside = rowMode && !!r && pressed >= r.top && pressed <= r.bottom
  return inside ? { top: r!.top, bottom: r!.bottom } : { top: pressed, bottom: pressed }
}

/** Where the first of `n` moved rows [top, bottom] lands, dropped before or after row `target`. */
export function landingTop(target: { row: number; before: boolean }, bottom: number, n: number): number {
  const after = target.before ? 0 : 1
  return target.row > bottom ? target.row - n + after : target.row + after
}

export function useRowDrag(g: GridCore, selection: ReturnType<typeof useSelection>) {
  const { props, sel, t } = g
  const canMoveRows = computed(() => props.canEdit && !props.viewSettings?.sorts?.length && !props.viewSettings?.group_by?.length)
  /** Where the dragged rows would land: a line's offset from the top of the grid. */
  const rowDrop = ref<number | null>(null)

  /** A press on a row number: selects the row(s) and, where rows may move, starts a drag. */
  function pressRowNumber(e: MouseEvent, row: number) {
    e.preventDefault()
    const lastCol = g.bounds().cols - 1
    const selectRows = () => selection.selectRows(e.shiftKey && sel.value ? sel.value.anchor.row : row, row, lastCol)
    const inside = pressKeepsRows(g.rowMode, e.shiftKey, sel.value ? selectionRect(sel.value) : null, row)
    if (!inside) selectRows()
    if (canMoveRows.value && !e.shiftKey) startRowDrag(e, row, inside ? selectRows : null)
  }

  function startRowDrag(e: MouseEvent, pressed: number, onClickOnly: (() => void) | null) {
    const startY = e.clientY
    let dragging = false
    let target: { row: number; before: boolean } | null = null
    const move = (ev: MouseEvent) => {
      if (!dragging && Math.abs(ev.clientY - startY) < 6) return
      dragging = true
      const rowEl = document.elementFromPoint(ev.clientX, ev.clientY)?.closest('.ag-row:not(.ag-row-pinned)')
      const index = Number(rowEl?.getAttribute('row-index'))
      if (!rowEl || !Number.isFinite(index) || !g.wrapper.value) return
      const box = rowEl.getBoundingClientRect()
      const before = ev.clientY < box.top + box.height / 2
      target = { row: index, before }
      rowDrop.value = (before ? box.top : box.bottom) - g.wrapper.value.getBoundingClientRect().top
    }
    const up = () => {
      document.removeEventListener('mousemove', move)
      document.removeEventListener('mouseup', up)
      rowDrop.value = null
      if (!dragging) onClickOnly?.()
      else if (target) moveRows(pressed, target)
    }
    document.addEventListener('mousemove', move)
    document.addEventListener('mouseup', up)
  }

  /** Moves the selected rows (or the pressed one) before or after the target row: one undoable action. */
  async function moveRows(pressed: number, target: { row: number; before: boolean }) {
    const { top, bottom } = movedBlock(pressed, sel.value ? selectionRect(sel.value) : null, g.rowMode)
    if (target.row >= top && target.row <= bottom) return
    try {
      const list = await g.rowsBetween(top, bottom)
      const anchor = g.nodeAt(target.row)?.data as Row | undefined
      if (!list.length || !anchor || isGroupRow(anchor)) return
      const ids = list.map((x) => x._id)
      await actions.apply(props.baseId, {
        type: 'move_rows',
        table_id: props.table.id,
        row_ids: ids,
        ...(target.before ? { before: anchor._id } : { after: anchor._id }),
      })
      const n = ids.length
      const newTop = landingTop(target, bottom, n)
      g.rowMode = true
      sel.value = { anchor: { row: newTop, col: 0 }, focus: { row: newTop + n - 1, col: g.bounds().cols - 1 } }
      g.refresh()
      notify(t('grid2.rowsMoved', { n }, n), 'info', { label: t('common.undo'), run: () => g.emit('undo') })
    } catch (e) {
      reportError(e)
    }
  }

  return { canMoveRows, rowDrop, pressRowNumber }
}
