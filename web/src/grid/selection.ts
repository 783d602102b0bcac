/**
 * Rectangle selection over the grid: an anchor cell where the selection started and a focus
 * cell that moves with Shift+click and Shift+arrows. Rows are indexes in the view, columns are
 * indexes in display order; everything is clamped to the grid's size.
 */

export interface CellPos {
  row: number
  col: number
}

export interface Rect {
  top: number
  left: number
  bottom: number
  right: number
}

export interface Bounds {
  rows: number
  cols: number
}

export interface Selection {
  anchor: CellPos
  focus: CellPos
}

export type Direction = 'up' | 'down' | 'left' | 'right'

export function clampCell(cell: CellPos, bounds: Bounds): CellPos {
  return {
    row: Math.max(0, Math.min(cell.row, bounds.rows - 1)),
    col: Math.max(0, Math.min(cell.col, bounds.cols - 1)),
  }
}

/** A one-cell selection. */
export function collapsed(cell: CellPos): Selection {
  return { anchor: { ...cell }, focus: { ...cell } }
}

/** The rectangle spanned by anchor and focus, whichever corner each is. */
export function selectionRect(sel: Selection): Rect {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    right: Math.max(sel.anchor.col, sel.focus.col),
  }
}

export function rectSize(r: Rect): { height: number; width: number } {
  return { height: r.bottom - r.top + 1, width: r.right - r.left + 1 }
}

export function rectContains(r: Rect, cell: CellPos): boolean {
  return cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right
}

export function isSingleCell(sel: Selection): boolean {
  return sel.anchor.row === sel.focus.row && sel.anchor.col === sel.focus.col
}

const STEP: Record<Direction, CellPos> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
}

/** Shift+arrow: move the focus one cell (or to the edge with `toEdge`), keeping the anchor. */
export function extend(sel: Selection, dir: Direction, bounds: Bounds, toEdge = false): Selection {
  const step = STEP[dir]
  let focus: CellPos
  if (toEdge) {
    focus = {
      row: step.row < 0 ? 0 : step.row > 0 ? bounds.rows - 1 : sel.focus.row,
      col: step.col < 0 ? 0 : step.col > 0 ? bounds.cols - 1 : sel.focus.col,
    }
  } else {
    focus = { row: sel.focus.row + step.row, col: sel.focus.col + step.col }
  }
  return { anchor: clampCell(sel.anchor, bounds), focus: clampCell(focus, bounds) }
}

/** Shift+click: keep the anchor, put the focus on the clicked cell. */
export function extendTo(sel: Selection, cell: CellPos, bounds: Bounds): Selection {
  return { anchor: clampCell(sel.anchor, bounds), focus: clampCell(cell, bounds) }
}

/** A selection kept valid after the grid shrank (rows deleted, a column removed). */
export function clampSelection(sel: Selection, bounds: Bounds): Selection {
  return { anchor: clampCell(sel.anchor, bounds), focus: clampCell(sel.focus, bounds) }
}

/** Select every cell. */
export function selectAll(bounds: Bounds): Selection {
  return { anchor: { row: 0, col: 0 }, focus: { row: Math.max(0, bounds.rows - 1), col: Math.max(0, bounds.cols - 1) } }
}

/**
 * Fill down (Ctrl+D): each column of the rectangle takes the value of its top cell. With a
 * single row selected, the row takes the values of the row above (as in Excel). Returns the
 * source row and the rows to write, or null when there is nothing to fill.
 */
export function fillDownPlan(r: Rect): { source: number; targets: number[] } | null {
  if (r.bottom > r.top) {
    const targets: number[] = []
    for (let i = r.top + 1; i <= r.bottom; i++) targets.push(i)
    return { source: r.top, targets }
  }
  if (r.top === 0) return null
  return { source: r.top - 1, targets: [r.top] }
}
