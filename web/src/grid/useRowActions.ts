/**
 * Rows as a whole: adding one (at the end, or below the selection from the row menu), deleting
 * the selected rows (one action), the row context menu (right-click a cell or a row number),
 * and what the page asks of the grid about rows (how many are selected, the focused one).
 */
import { ref } from 'vue'
import { actions, rows as rowsApi } from '../api/endpoints'
import type { Row } from '../api/types'
import { notify, reportError } from '../store'
import { isGroupRow } from './datasource'
import { collapsed, rectContains, rectSize, selectionRect } from './selection'
import { chunk, type GridCore } from './useGridCore'
import { cellPosFromEvent } from './useSelection'

export function useRowActions(g: GridCore, setCount: (n: number) => void) {
  const { props, sel, t } = g
  const rowMenu = ref<{ x: number; y: number; rows: number } | null>(null)

  function onContextMenu(e: MouseEvent) {
    const pos = cellPosFromEvent(e)
    if (!pos || !g.nodeAt(pos.row)?.data || isGroupRow(g.nodeAt(pos.row)?.data)) return
    e.preventDefault()
    const col = g.colIndexOf(pos.colId)
    // Right-click inside the selection keeps it; elsewhere it selects the clicked cell.
    if (!sel.value || !rectContains(selectionRect(sel.value), { row: pos.row, col: Math.max(col, 0) })) {
      g.rowMode = pos.colId === '__row'
      sel.value =
        pos.colId === '__row'
          ? { anchor: { row: pos.row, col: 0 }, focus: { row: pos.row, col: g.bounds().cols - 1 } }
          : collapsed({ row: pos.row, col: Math.max(col, 0) })
    }
    rowMenu.value = {
      x: Math.min(e.clientX, window.innerWidth - 240),
      y: Math.min(e.clientY, window.innerHeight - 180),
      rows: rectSize(selectionRect(sel.value!)).height,
    }
  }

  function closeRowMenu(e?: Event) {
    if (e && (e.target as HTMLElement).closest?.('.row-menu')) return
    rowMenu.value = null
  }

  function menuAction(what: 'insert' | 'expand' | 'delete' | 'documents') {
    rowMenu.value = null
    if (what === 'insert') addRow(true)
    else if (what === 'delete') deleteSelectedRows()
    else if (sel.value) {
      const row = g.nodeAt(selectionRect(sel.value).top)?.data as Row | undefined
      if (row && what === 'documents') g.emit('documents', row)
      else if (row) g.emit('expand', row)
    }
  }

  g.onDocument('mousedown', closeRowMenu)

  async function addRow(afterSelection = false) {
    try {
      const below = afterSelection && sel.value ? (g.nodeAt(selectionRect(sel.value).bottom)?.data as Row | undefined) : undefined
      const after = below && !isGroupRow(below) ? below : undefined
      const focusedBefore = g.api.value?.getFocusedCell()
      const res = await rowsApi.insert(props.table.id, [{}], after ? { after: after._id } : {})
      const newId = res.rows[0]?._id
      const index = after ? selectionRect(sel.value!).bottom + 1 : g.rowCount.value
      setCount(g.rowCount.value + 1)
      g.refresh()
      // Focus the new row's first cell once it is loaded, unless the person has moved on.
      const started = performance.now()
      const focusNew = () => {
        const a = g.api.value
        if (!a) return
        const now = a.getFocusedCell()
        const moved = now && (!focusedBefore || now.rowIndex !== focusedBefore.rowIndex || now.column !== focusedBefore.column)
        if (moved || g.isEditing()) return
        const node = a.getDisplayedRowAtIndex(index)
        const ag = g.displayedDataColumns()[0]
        if (node?.data && ag && (!newId || node.data._id === newId)) {
          a.ensureIndexVisible(index, 'bottom')
          a.setFocusedCell(index, ag)
        } else if (performance.now() - started < 3000) requestAnimationFrame(focusNew)
      }
      requestAnimationFrame(focusNew)
    } catch (e) {
      reportError(e)
    }
  }

  async function deleteSelectedRows(): Promise<void> {
    if (!sel.value) return
    const r = selectionRect(sel.value)
    try {
      const list = await g.rowsBetween(r.top, r.bottom)
      const ids = list.map((x) => x._id)
      if (!ids.length) return
      if (ids.length <= 1000) await rowsApi.remove(props.table.id, ids)
      else
        await actions.apply(props.baseId, {
          type: 'batch',
          actions: chunk(ids).map((part) => ({ type: 'delete_rows', table_id: props.table.id, row_ids: part })),
        })
      sel.value = null
      g.refresh()
      notify(t('grid.rowsDeleted', { n: ids.length }), 'info', { label: t('common.undo'), run: () => g.emit('undo') })
    } catch (e) {
      reportError(e)
    }
  }

  function selectedRowCount(): number {
    return sel.value ? rectSize(selectionRect(sel.value)).height : 0
  }

  function focusedRow(): Row | undefined {
    const f = g.api.value?.getFocusedCell()
    const row = f ? (g.nodeAt(f.rowIndex)?.data as Row | undefined) : undefined
    return row && !isGroupRow(row) ? row : undefined
  }

  return { rowMenu, onContextMenu, menuAction, addRow, deleteSelectedRows, selectedRowCount, focusedRow }
}
