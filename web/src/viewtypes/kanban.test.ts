import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { moveCard, stackValue, wantsMore, type Stack } from './kanban'

const col = (id: number, type: string): Column =>
  ({ id, name: `c${id}`, type, options: {}, position: id, is_primary: false, read_only: false, description: '' }) as Column
const stack = (key: string, rows: { _id: string; [k: string]: unknown }[], sum: number | null = null): Stack => ({
  key, label: key, color: null, count: rows.length, sum, collapsed: false, rows, loading: false,
})

describe('kanban stacks', () => {
  it('turns a stack key into the cell value', () => {
    expect(stackValue(col(5, 'single-select'), 'opt1')).toBe('opt1')
    expect(stackValue(col(5, 'single-select'), '')).toBeNull()
    expect(stackValue(col(6, 'collaborator'), '[3, 5]')).toEqual([3, 5])
    expect(stackValue(col(6, 'collaborator'), '')).toBeNull()
  })

  it('moves a card with its count and sum', () => {
    const stage = col(5, 'single-select')
    const amount = col(7, 'number')
    const stacks = [stack('a', [{ _id: 'r1', 5: 'a', 7: 100 }, { _id: 'r2', 5: 'a', 7: 5 }], 105), stack('b', [], 0)]
    const moved = moveCard(stacks, 'r1', 'a', 'b', stage, amount)
    expect(moved?.['5']).toBe('b')
    expect(stacks[0].rows.map((r) => r._id)).toEqual(['r2'])
    expect(stacks[1].rows.map((r) => r._id)).toEqual(['r1'])
    expect([stacks[0].count, stacks[0].sum, stacks[1].count, stacks[1].sum]).toEqual([1, 5, 1, 100])
    expect(moveCard(stacks, 'r1', 'b', 'b', stage, amount)).toBeNull()
    expect(moveCard(stacks, 'nope', 'a', 'b', stage, amount)).toBeNull()
  })

  it('reads more only at the end of a stack that has more', () => {
    const s = stack('a', [{ _id: 'r1' }])
    s.count = 80
    expect(wantsMore(s, true)).toBe(true)
    expect(wantsMore(s, false)).toBe(false)
    expect(wantsMore({ ...s, loading: true }, true)).toBe(false)
    expect(wantsMore({ ...s, count: 1 }, true)).toBe(false)
  })
})
