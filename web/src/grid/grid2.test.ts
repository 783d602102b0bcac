import { describe, expect, it } from 'vitest'
import { fillPlan, sourceFor } from './fill'
import { firstHitFrom, fold, matchingCell, stepHit } from './search'
import { movedColumn, reorderedColumns, summaryKinds, withSummary } from './summaries'
import type { Column } from '../api/types'
import { displayOf, displayWindow, layout, type GroupNode } from './groups'

describe('search', () => {
  it('steps through hits and wraps around', () => {
    expect(stepHit(-1, 3, 1)).toBe(0)
    expect(stepHit(-1, 3, -1)).toBe(2)
    expect(stepHit(2, 3, 1)).toBe(0)
    expect(stepHit(0, 3, -1)).toBe(2)
    expect(stepHit(0, 0, 1)).toBe(-1)
  })
  it('starts from the hit at or after the current row', () => {
    const hits = [10, 20, 30].map((position) => ({ row_id: 'r' + position, position }))
    expect(firstHitFrom(hits, 15)).toBe(1)
    expect(firstHitFrom(hits, 31)).toBe(0)
    expect(firstHitFrom([], 0)).toBe(-1)
  })
  it('folds case and ё like the server', () => {
    expect(fold('ЁЛКА')).toBe('елка')
    expect(matchingCell(['Бета', 'ООО Ёлка'], 'елк')).toBe(1)
    expect(matchingCell(['a'], '  ')).toBe(-1)
  })
})

describe('fill handle', () => {
  it('fills the rows below, repeating the selected rows', () => {
    const plan = fillPlan({ top: 2, bottom: 3, left: 0, right: 1 }, 8, 100)!
    expect(plan).toEqual({ sourceTop: 2, sourceBottom: 3, targetTop: 4, targetBottom: 8 })
    expect([0, 1, 2, 3, 4].map((i) => sourceFor(plan, i))).toEqual([0, 1, 0, 1, 0])
  })
  it('does nothing above the selection and stops at the last row', () => {
    expect(fillPlan({ top: 2, bottom: 3, left: 0, right: 0 }, 3, 100)).toBeNull()
    expect(fillPlan({ top: 2, bottom: 2, left: 0, right: 0 }, 50, 5)!.targetBottom).toBe(4)
  })
})

describe('summaries and column order', () => {
  const col = (type: string, options: Record<string, unknown> | null = null) => ({ id: 1, type, options }) as unknown as Column
  it('offers number and date summaries by type', () => {
    expect(summaryKinds(col('number'))).toContain('sum')
    expect(summaryKinds(col('formula', { result_type: 'number' }))).toContain('median')
    expect(summaryKinds(col('date'))).toContain('latest')
    expect(summaryKinds(col('text'))).toEqual(['count', 'empty', 'filled', 'unique'])
  })
  it('sets and removes a summary', () => {
    expect(withSummary({ '2': 'sum' }, 3, 'max')).toEqual({ '2': 'sum', '3': 'max' })
    expect(withSummary({ '2': 'sum' }, 2, null)).toEqual({})
  })
  it('finds the dragged column and a position between its new neighbours', () => {
    const cols = [1, 2, 3, 4].map((id) => ({ id, position: id }))
    expect(movedColumn(cols, [1, 4, 2, 3])).toEqual({ id: 4, position: 1.5 })
    expect(movedColumn(cols, [2, 3, 4, 1])).toEqual({ id: 1, position: 5 })
    expect(movedColumn(cols, [3, 1, 2, 4])).toEqual({ id: 3, position: 0 })
    expect(movedColumn(cols, [1, 2, 3, 4])).toBeNull()
  })
  it('keeps hidden columns in place when visible ones move', () => {
    expect(reorderedColumns([1, 2, 3, 4, 5], [1, 4, 2, 5])).toEqual([1, 4, 3, 2, 5])
  })
})

describe('group layout', () => {
  const tree: GroupNode[] = [
    { column_id: 1, value: 'Open', count: 3, start: 0, summaries: {} },
    {
      column_id: 1,
      value: 'Paid',
      count: 2,
      start: 3,
      summaries: {},
      groups: [
        { column_id: 2, value: 1, count: 1, start: 3, summaries: {} },
        { column_id: 2, value: 2, count: 1, start: 4, summaries: {} },
      ],
    },
  ]
  it('puts a header before each group and keeps the count true', () => {
    const l = layout(tree, new Set())
    expect(l.total).toBe(5 + 4)
    const w = displayWindow(l, 0, 100).map((d) => (d.kind === 'header' ? `h:${String(d.group.value)}` : d.position))
    expect(w).toEqual(['h:Open', 0, 1, 2, 'h:Paid', 'h:1', 3, 'h:2', 4])
    expect(displayWindow(l, 2, 4).map((d) => (d.kind === 'header' ? 'h' : d.position))).toEqual([1, 2, 'h', 'h'])
    expect(displayOf(l, 4)).toBe(8)
  })
  it('hides a collapsed group and its subgroups', () => {
    const l = layout(tree, new Set(['/"Paid"']))
    expect(l.total).toBe(5)
    expect(displayOf(l, 3)).toBe(-1)
    expect(displayOf(l, 2)).toBe(3)
  })
})
