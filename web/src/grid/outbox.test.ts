import { describe, expect, it } from 'vitest'
import { memoryStorage as memory } from '../testing'
import { loadOutbox, saveOutbox } from './outbox'

describe('outbox', () => {
  it('keeps queued edits per table and forgets them once sent', () => {
    const s = memory()
    saveOutbox(3, [{ rowId: 'r1', field: '7', value: 'Привет' }, { rowId: 'r2', field: '8', value: null }], s)
    expect(loadOutbox(3, s)).toEqual([{ rowId: 'r1', field: '7', value: 'Привет' }, { rowId: 'r2', field: '8', value: null }])
    expect(loadOutbox(4, s)).toEqual([])
    saveOutbox(3, [], s)
    expect(s.m.size).toBe(0)
  })

  it('ignores unreadable or malformed entries', () => {
    const s = memory()
    s.setItem('tablo.outbox.1', '{not json')
    expect(loadOutbox(1, s)).toEqual([])
    s.setItem('tablo.outbox.1', JSON.stringify([{ rowId: 'r', field: '1', value: 2 }, { rowId: 5 }, null, 'x']))
    expect(loadOutbox(1, s)).toEqual([{ rowId: 'r', field: '1', value: 2 }])
  })
})
