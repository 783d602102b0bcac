import { describe, expect, it } from 'vitest'
import { cells, clampLayout, place } from './layout'

describe('the dashboard grid', () => {
  it('keeps a chart on the grid', () => {
    expect(clampLayout({ x: 10, y: -2, w: 6, h: 30 })).toEqual({ x: 6, y: 0, w: 6, h: 24 })
  })
  it('pushes the charts a moved one covers down below it, in turn', () => {
    const layouts = { 1: { x: 0, y: 0, w: 6, h: 4 }, 2: { x: 6, y: 0, w: 6, h: 4 }, 3: { x: 6, y: 4, w: 6, h: 4 } }
    expect(place(layouts, 1, { x: 6, y: 0, w: 6, h: 4 })).toEqual({
      1: { x: 6, y: 0, w: 6, h: 4 }, 2: { x: 6, y: 4, w: 6, h: 4 }, 3: { x: 6, y: 8, w: 6, h: 4 },
    })
    expect(place(layouts, 1, { x: 0, y: 0, w: 6, h: 6 })).toEqual({ 1: { x: 0, y: 0, w: 6, h: 6 } })
  })
  it('turns pixels into cells', () => {
    expect(cells(200, 190, 1200, 16)).toEqual({ dx: 2, dy: 2 })
  })
})
