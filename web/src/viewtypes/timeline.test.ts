import { describe, expect, it } from 'vitest'
import type { Row } from '../api/types'
import { barOf, draggedCells, packBars, ticks, visibleSpan } from './timeline'

const row = (cells: Record<string, unknown>): Row => ({ _id: 'r', ...cells }) as Row

describe('timeline arithmetic', () => {
  it('reads a span of at most 366 days starting on a Monday or a first of month', () => {
    const w = visibleSpan('week', '2026-12-09')
    expect(new Date(w.start + 'T00:00:00Z').getUTCDay()).toBe(1)
    expect(w.start <= '2026-12-09' && w.end >= '2026-12-09').toBe(true)
    const q = visibleSpan('quarter', '2026-12-09')
    expect(q.start.endsWith('-01')).toBe(true)
    expect((Date.parse(q.end) - Date.parse(q.start)) / 86_400_000).toBeLessThan(366)
  })

  it('makes bars as the server reads them', () => {
    expect(barOf(row({ 1: '2026-12-01', 2: '2026-12-03' }), 1, { columnId: 2, kind: 'end' })).toMatchObject({
      from: '2026-12-01', until: '2026-12-04' })
    // An end before the start, or none: the start day.
    expect(barOf(row({ 1: '2026-12-05', 2: '2026-12-03' }), 1, { columnId: 2, kind: 'end' })?.until).toBe('2026-12-06')
    expect(barOf(row({ 1: '2026-12-05T10:00:00Z', 3: 3 }), 1, { columnId: 3, kind: 'days' })?.until).toBe('2026-12-08')
    expect(barOf(row({ 1: '2026-12-05', 3: 86400 * 2 }), 1, { columnId: 3, kind: 'seconds' })?.until).toBe('2026-12-07')
    expect(barOf(row({ 1: null }), 1, null)).toBeNull()
  })

  it('packs overlapping bars into sub-rows', () => {
    const b = (from: string, until: string) => ({ row: row({}), from, until })
    const lines = packBars([b('2026-12-01', '2026-12-05'), b('2026-12-03', '2026-12-04'), b('2026-12-05', '2026-12-06')])
    expect(lines.map((l) => l.length)).toEqual([2, 1])
  })

  it('moves start and end together and resizes the end or the duration', () => {
    const r = row({ 1: '2026-12-01', 2: '2026-12-03T09:30:00Z', 3: 2 })
    const end = { columnId: 2, kind: 'end' as const }
    const bar = barOf(r, 1, end)!
    expect(draggedCells(bar, 1, end, 'move', 2)).toEqual({ 1: '2026-12-03', 2: '2026-12-05T09:30:00Z' })
    expect(draggedCells(bar, 1, end, 'resize', -5)).toEqual({ 2: '2026-12-01T09:30:00Z' })
    const days = { columnId: 3, kind: 'days' as const }
    expect(draggedCells(barOf(r, 1, days)!, 1, days, 'resize', 1)).toEqual({ 3: 3 })
    expect(draggedCells(barOf(r, 1, days)!, 1, days, 'move', 1)).toEqual({ 1: '2026-12-02' })
  })

  it('labels the axis at the zoom', () => {
    expect(ticks('day', '2026-12-07', '2026-12-13', 'en').length).toBe(7)
    expect(ticks('week', '2026-12-07', '2026-12-27', 'en').map((t) => t.day)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21'])
    expect(ticks('quarter', '2026-01-01', '2026-12-31', 'ru').length).toBe(4)
  })
})
