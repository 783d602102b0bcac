import { beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryStorage } from '../testing'
import { draftQuery, isEmptyDraft, loadDraft, storeDraft } from './draft'

describe('unsaved settings of All rows', () => {
  beforeEach(() => vi.stubGlobal('window', { sessionStorage: memoryStorage() }))

  it('keeps settings per table in this tab and forgets empty ones', () => {
    const s = { sorts: [{ column_id: 3, direction: 'desc' as const }] }
    expect(storeDraft(7, s)).toEqual(s)
    expect(loadDraft(7)).toEqual(s)
    expect(loadDraft(8)).toBeNull()
    // Every rule taken away again: nothing is unsaved any more.
    expect(storeDraft(7, { sorts: [], filters: { conjunction: 'and', filters: [] } })).toBeNull()
    expect(loadDraft(7)).toBeNull()
  })

  it('says what changes nothing', () => {
    expect(isEmptyDraft({})).toBe(true)
    expect(isEmptyDraft({ row_height: 'default', hidden_columns: [] })).toBe(true)
    expect(isEmptyDraft({ row_height: 'double' })).toBe(false)
    expect(isEmptyDraft({ hidden_columns: [4] })).toBe(false)
    expect(isEmptyDraft({ filters: { conjunction: 'and', filters: [{ column_id: 1, operator: 'is_empty', value: null }] } })).toBe(false)
    // A footer chosen on All rows (even none) is a change from the default footer.
    expect(isEmptyDraft({ summaries: {} })).toBe(false)
  })

  it('ignores broken storage and gives the read parameters', () => {
    window.sessionStorage.setItem('tablo.unsaved.9', '{not json')
    expect(loadDraft(9)).toBeNull()
    expect(draftQuery(null)).toEqual({})
    expect(draftQuery({ group_by: [{ column_id: 2, direction: 'asc' }] })).toEqual({ settings: '{"group_by":[{"column_id":2,"direction":"asc"}]}' })
  })
})
