import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { initialSettings, pickerTypes, settingsToSave, viewIcon } from './create'

const col = (id: number, type: string): Column =>
  ({ id, name: `c${id}`, type, options: {}, position: id, is_primary: id === 1, read_only: false, description: '' }) as Column

describe('the add-view picker', () => {
  it('lists every registered type, the grid first', () => {
    expect(pickerTypes({ kanban: 1, grid: 2, calendar: 3 })).toEqual(['grid', 'kanban', 'calendar'])
    expect(viewIcon('kanban')).toBe('kanban')
    expect(viewIcon('hologram')).toBe('view')
    expect(viewIcon(undefined)).toBe('grid')
  })

  it('fills a kanban’s stack column from a single select or collaborator column', () => {
    const cols = [col(1, 'text'), col(2, 'number'), col(3, 'single-select'), col(4, 'collaborator')]
    expect(initialSettings('grid', cols, {})).toEqual({})
    expect(initialSettings('kanban', cols, {})).toEqual({ stack_column: 3 })
    expect(initialSettings('kanban', cols, { stack_column: 4 })).toEqual({ stack_column: 4 })
    expect(initialSettings('kanban', cols, { stack_column: 2 })).toEqual({ stack_column: 3 })
    expect(initialSettings('kanban', [col(1, 'text')], {})).toBeNull()
  })

  it('fills a calendar’s date column and saves it as its list of date columns', () => {
    const cols = [col(1, 'text'), col(2, 'date'), col(3, 'date')]
    const chosen = initialSettings('calendar', cols, { date_columns: 3 })
    expect(chosen).toEqual({ date_columns: 3 })
    expect(settingsToSave('calendar', chosen!)).toEqual({ date_columns: [{ column_id: 3 }] })
    expect(settingsToSave('kanban', { stack_column: 4 })).toEqual({ stack_column: 4 })
    expect(initialSettings('calendar', [col(1, 'text')], {})).toBeNull()
  })

  it('offers a gallery’s cover column, which may stay empty', () => {
    const cols = [col(1, 'text'), col(2, 'image'), col(3, 'file'), col(4, 'number')]
    expect(initialSettings('gallery', cols, {})).toEqual({ cover_column: 2 })
    expect(initialSettings('gallery', cols, { cover_column: 3 })).toEqual({ cover_column: 3 })
    expect(initialSettings('gallery', cols, { cover_column: null })).toEqual({ cover_column: null })
    expect(initialSettings('gallery', [col(1, 'text')], {})).toEqual({ cover_column: null })
    expect(viewIcon('gallery')).toBe('gallery')
  })
})
