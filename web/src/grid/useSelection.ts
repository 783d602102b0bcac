/**
 * The grid's selection: a rectangle (selection.ts) made by clicks, Shift+clicks, row numbers
 * and the keyboard, kept in step with AG Grid's focused cell, painted on the rendered cells,
 * announced to the page (`selection`) and, as this person's cursor, to the others (`cursor`).
 */
import type { CellClassParams, CellFocusedEvent } from 'ag-grid-community'
import { watch } from 'vue'
import type { Row } from '../api/types'
import { collapsed, extendTo, rectContains, rectSize, selectionRect, type CellPos, type Rect, type Selection } from './selection'
import type { GridCore } from './useGridCore'

/** The rectangle to paint as a range: only a selection of more than one cell is one. */
export function rangeRect(s: Selection | null): Rect | null {
  if (!s) return null
  const r = selectionRect(s)
  return r.top === r.bottom && r.left === r.right ? null : r
}

/** What the page shows about the selection ("3 rows", row actions when whole rows). */
export function selectionInfo(s: Selection | null, wholeRows: boolean): { rows: number; cells: number; wholeRows: boolean } {
  if (!s) return { rows: 0, cells: 0, wholeRows: false }
  const { height, width } = rectSize(selectionRect(s))
  return { rows: height, cells: height * width, wholeRows }
}

/** Whole rows from `base` to `row` (a click on a row number; with Shift, from the anchor's row). */
export function rowsSelection(base: number, row: number, lastCol: number): Selection {
  return { anchor: { row: base, col: 0 }, focus: { row, col: lastCol } }
}

/**
 * The selection once the grid's focused cell is known: a one-cell selection follows the focus
 * (it can move without a focus event, e.g. after an edit); a range stays. Null: unchanged.
 */
export function followFocus(s: Selection | null, focused: CellPos): Selection | null {
  if (!s) return collapsed(focused)
  const single = s.anchor.row === s.focus.row && s.anchor.col === s.focus.col
  if (single && (s.anchor.row !== focused.row || s.anchor.col !== focused.col)) return collapsed(focused)
  return null
}

export function useSelection(g: GridCore) {
  const { sel } = g
  /** Focus moved by us (focusCell): the selection is already what it should be. */
  let keepSelectionOnFocus = false
  /** A Shift+click just extended the selection (its focus event keeps the range). */
  let shiftExtending = false

  /** cellClassRules' `in-range` for cells the grid renders later. */
  function inSelection(p: CellClassParams): boolean {
    const r = rangeRect(sel.value)
    if (!r || p.node.rowPinned || p.node.rowIndex === null || p.node.rowIndex === undefined) return false
    return rectContains(r, { row: p.node.rowIndex, col: g.colIndexOf(p.colDef.colId ?? '') })
  }

  /** Repaint the selection on rendered cells (new cells get it from cellClassRules). */
  function paint() {
    const root = g.wrapper.value
    if (!root) return
    const s = sel.value
    const r = s ? selectionRect(s) : null
    const multi = !!rangeRect(s)
    const cols = g.displayedDataColumns().map((c) => c.getColId())
    root.querySelectorAll<HTMLElement>('.ag-cell').forEach((cell) => {
      const rowEl = cell.closest('.ag-row')
      const rowIndex = Number(rowEl?.getAttribute('row-index'))
      const colIndex = cols.indexOf(cell.getAttribute('col-id') ?? '')
      const on = multi && colIndex >= 0 && rectContains(r!, { row: rowIndex, col: colIndex })
      cell.classList.toggle('in-range', on)
    })
    root.querySelectorAll<HTMLElement>('.ag-row').forEach((rowEl) => {
      const rowIndex = Number(rowEl.getAttribute('row-index'))
      rowEl.classList.toggle('row-in-range', !!r && rowIndex >= r.top && rowIndex <= r.bottom && multi)
    })
    g.emit('selection', selectionInfo(sel.value, g.rowMode))
  }

  function onCellFocused(e: CellFocusedEvent) {
    if (keepSelectionOnFocus || e.rowPinned || shiftExtending) return
    const colId = typeof e.column === 'string' ? e.column : e.column?.getColId()
    if (e.rowIndex === null || e.rowIndex === undefined || !colId) return
    const col = g.colIndexOf(colId)
    if (col < 0) return
    // The grid re-announces focus on the same cell when it redraws rows (after a refresh);
    // that must not drop a selected range.
    const s = sel.value
    const sameAsAnchor = !!s && s.anchor.row === e.rowIndex && s.anchor.col === col
    // A click already selected its cell on mousedown; its focus event may come late (after
    // Shift+arrows extended the range) and must not collapse it either.
    if (sameAsAnchor) return
    g.rowMode = false
    sel.value = collapsed({ row: e.rowIndex, col })
  }

  // Where this person's cursor is (the selection's anchor), for the others' screens.
  watch(
    () => (sel.value ? `${sel.value.anchor.row}:${sel.value.anchor.col}` : ''),
    () => {
      const s = sel.value
      const data = s ? (g.nodeAt(s.anchor.row)?.data as Row | undefined) : undefined
      const col = s ? g.columnAt(s.anchor.col) : undefined
      g.emit('cursor', data && col ? { row_id: data._id, column_id: col.id } : null)
    },
  )

  /** Moves the grid's focus to a cell without collapsing the selection. */
  function focusCell(row: number, col: number) {
    const ag = g.displayedDataColumns()[col]
    const api = g.api.value
    if (!ag || !api) return
    keepSelectionOnFocus = true
    api.ensureIndexVisible(row)
    api.ensureColumnVisible(ag)
    api.setFocusedCell(row, ag)
    keepSelectionOnFocus = false
  }

  /** Selects whole rows (row numbers): the focus goes to the first cell of `base`. */
  function selectRows(base: number, row: number, lastCol: number) {
    g.rowMode = true
    sel.value = rowsSelection(base, row, lastCol)
    focusCell(base, 0)
    sel.value = rowsSelection(base, row, lastCol)
  }

  /** A press on a data cell: selects it, or with Shift extends the selection to it. */
  function pressCell(e: MouseEvent, pos: { row: number; colId: string }) {
    if (!e.shiftKey) {
      // A plain click selects the clicked cell, whether or not the grid announces a focus change.
      const col = g.colIndexOf(pos.colId)
      if (col >= 0) {
        g.rowMode = false
        sel.value = collapsed({ row: pos.row, col })
      }
      return
    }
    if (sel.value) {
      const col = g.colIndexOf(pos.colId)
      if (col < 0) return
      e.preventDefault()
      e.stopPropagation()
      sel.value = extendTo(sel.value, { row: pos.row, col }, g.bounds())
      g.rowMode = false
      // The grid may still move its focus to the clicked cell; that must not collapse the range.
      shiftExtending = true
      setTimeout(() => (shiftExtending = false), 400)
    }
  }

  /** Reconciles the selection with the grid's focused cell (before a key, a copy, a paste). */
  function sync(): void {
    const f = g.api.value?.getFocusedCell()
    if (!f || f.rowIndex === null || f.rowIndex === undefined) return
    const col = g.colIndexOf(f.column.getColId())
    if (col < 0) return
    const next = followFocus(sel.value, { row: f.rowIndex, col })
    if (next) {
      g.rowMode = false
      sel.value = next
    }
  }

  return { inSelection, paint, onCellFocused, focusCell, selectRows, pressCell, sync }
}

/** The cell under a mouse event: its row index and column id. */
export function cellPosFromEvent(e: MouseEvent): { row: number; colId: string } | null {
  const cell = (e.target as HTMLElement).closest('.ag-cell')
  const rowEl = cell?.closest('.ag-row')
  if (!cell || !rowEl) return null
  const row = Number(rowEl.getAttribute('row-index'))
  const colId = cell.getAttribute('col-id') ?? ''
  return Number.isFinite(row) ? { row, colId } : null
}
