import { describe, expect, it } from 'vitest'
import {
  clampSelection,
  collapsed,
  extend,
  extendTo,
  fillDownPlan,
  isSingleCell,
  rectContains,
  rectSize,
  selectAll,
  selectionRect,
} from './selection'

const bounds = { rows: 100, cols: 5 }

describe('selectionRect', () => {
  it('spans anchor and focus in any corner order', () => {
    expect(selectionRect({ anchor: { row: 7, col: 3 }, focus: { row: 2, col: 1 } })).toEqual({
      top: 2,
      bottom: 7,
      left: 1,
      right: 3,
    })
    expect(selectionRect(collapsed({ row: 4, col: 2 }))).toEqual({ top: 4, bottom: 4, left: 2, right: 2 })
  })

  it('measures and tests membership', () => {
    const r = selectionRect({ anchor: { row: 1, col: 1 }, focus: { row: 3, col: 2 } })
    expect(rectSize(r)).toEqual({ height: 3, width: 2 })
    expect(rectContains(r, { row: 2, col: 2 })).toBe(true)
    expect(rectContains(r, { row: 4, col: 2 })).toBe(false)
    expect(rectContains(r, { row: 2, col: 0 })).toBe(false)
  })
})

describe('extend (Shift+arrows)', () => {
  it('moves the focus and keeps the anchor', () => {
    let sel = collapsed({ row: 5, col: 2 })
    sel = extend(sel, 'down', bounds)
    sel = extend(sel, 'down', bounds)
    sel = extend(sel, 'right', bounds)
    expect(sel).toEqual({ anchor: { row: 5, col: 2 }, focus: { row: 7, col: 3 } })
    expect(selectionRect(sel)).toEqual({ top: 5, bottom: 7, left: 2, right: 3 })
    expect(isSingleCell(sel)).toBe(false)
  })

  it('shrinks back when going the other way and crosses the anchor', () => {
    let sel = collapsed({ row: 5, col: 2 })
    sel = extend(sel, 'down', bounds)
    sel = extend(sel, 'up', bounds)
    expect(isSingleCell(sel)).toBe(true)
    sel = extend(sel, 'up', bounds)
    expect(selectionRect(sel)).toEqual({ top: 4, bottom: 5, left: 2, right: 2 })
  })

  it('clamps at the edges of the grid', () => {
    let sel = collapsed({ row: 0, col: 0 })
    sel = extend(sel, 'up', bounds)
    sel = extend(sel, 'left', bounds)
    expect(sel.focus).toEqual({ row: 0, col: 0 })
    sel = collapsed({ row: 99, col: 4 })
    sel = extend(sel, 'down', bounds)
    sel = extend(sel, 'right', bounds)
    expect(sel.focus).toEqual({ row: 99, col: 4 })
  })

  it('jumps to the edge with Ctrl', () => {
    const sel = extend(collapsed({ row: 10, col: 1 }), 'down', bounds, true)
    expect(sel.focus).toEqual({ row: 99, col: 1 })
    expect(extend(sel, 'left', bounds, true).focus).toEqual({ row: 99, col: 0 })
  })
})

describe('extendTo (Shift+click) and clamping', () => {
  it('sets the focus to the clicked cell, clamped', () => {
    const sel = extendTo(collapsed({ row: 3, col: 1 }), { row: 500, col: 9 }, bounds)
    expect(sel).toEqual({ anchor: { row: 3, col: 1 }, focus: { row: 99, col: 4 } })
  })

  it('keeps a selection inside a grid that shrank', () => {
    const sel = clampSelection({ anchor: { row: 90, col: 4 }, focus: { row: 99, col: 4 } }, { rows: 50, cols: 3 })
    expect(sel).toEqual({ anchor: { row: 49, col: 2 }, focus: { row: 49, col: 2 } })
  })

  it('selects everything', () => {
    expect(selectionRect(selectAll(bounds))).toEqual({ top: 0, left: 0, bottom: 99, right: 4 })
  })
})

describe('fillDownPlan', () => {
  it('fills from the top row of a rectangle', () => {
    expect(fillDownPlan({ top: 2, bottom: 5, left: 0, right: 1 })).toEqual({ source: 2, targets: [3, 4, 5] })
  })

  it('copies the row above into a single-row selection', () => {
    expect(fillDownPlan({ top: 4, bottom: 4, left: 0, right: 0 })).toEqual({ source: 3, targets: [4] })
    expect(fillDownPlan({ top: 0, bottom: 0, left: 0, right: 0 })).toBeNull()
  })
})
