import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { clipboardText, displayText, emptyValue, isEditableType, isReadOnly } from './types'

const col = (type: string, options: Record<string, unknown> = {}): Column =>
  ({ id: 1, name: 'c', type, options, position: 1, is_primary: false, read_only: false, description: '' }) as Column

const members = [
  { id: 1, email: 'anna@example.com', name: 'Anna', role: 'owner' },
  { id: 2, email: 'boris@example.com', name: '', role: 'editor' },
]
const ru = { locale: 'ru', timeZone: 'UTC', members }
const en = { locale: 'en', timeZone: 'UTC', members }

describe('computed columns show their result type', () => {
  it('formats formula and rollup numbers, dates and booleans; errors and text stay', () => {
    const money = col('formula', { result_type: 'number', format: 'currency', precision: 2, currency_symbol: '₽' })
    expect(displayText(money, 339200, ru)).toBe(displayText(col('number', { format: 'currency', precision: 2, currency_symbol: '₽' }), 339200, ru))
    expect(displayText(money, 339200, ru)).toMatch(/^339\s200,00\s₽$/)
    expect(displayText(money, '#DIV/0!', ru)).toBe('#DIV/0!')
    expect(displayText(col('rollup', { result_type: 'date' }), '2026-03-01', ru)).toBe('01.03.2026')
    expect(displayText(col('formula', { result_type: 'bool' }), true, en)).toBe('✓')
    expect(displayText(col('lookup', { result_type: 'number', precision: 0 }), [1200, 5], en)).toBe('1,200, 5')
    expect(displayText(col('formula', { result_type: 'text' }), 'Current', en)).toBe('Current')
  })
})

describe('displayText and clipboardText', () => {
  const select = col('multiple-select', {
    options: [
      { id: 'a', name: 'Open', color: '#fff' },
      { id: 'b', name: 'Paid', color: '#000' },
    ],
  })

  it('shows options and people by name, copies people by email', () => {
    expect(displayText(select, ['a', 'b'], en)).toBe('Open, Paid')
    expect(displayText(col('collaborator'), [1, 2], en)).toBe('Anna, boris@example.com')
    expect(clipboardText(col('collaborator'), [1, 2], en)).toBe('anna@example.com, boris@example.com')
  })

  it('copies numbers as a spreadsheet reads them back', () => {
    const money = col('number', { format: 'currency', precision: 2, currency_symbol: '₽' })
    expect(displayText(money, 1234.5, ru)).toMatch(/^1[\u00a0\u202f]234,50\u00a0₽$/)
    expect(clipboardText(money, 1234.5, ru)).toBe('1234,5')
    expect(clipboardText(money, 1234.5, en)).toBe('1234.5')
    expect(clipboardText(col('number', { format: 'percent' }), 0.25, en)).toBe('25%')
  })

  it('handles checkboxes, dates, durations and empties', () => {
    expect(clipboardText(col('checkbox'), true, en)).toBe('true')
    expect(displayText(col('date', { format: 'DD.MM.YYYY' }), '2026-12-31', en)).toBe('31.12.2026')
    expect(displayText(col('duration', { format: 'h:mm' }), 5400, en)).toBe('1:30')
    expect(displayText(col('text'), null, en)).toBe('')
    expect(emptyValue(col('checkbox'))).toBe(false)
    expect(emptyValue(col('text'))).toBeNull()
  })

  it('knows which types are read-only', () => {
    expect(isReadOnly(col('auto-number'))).toBe(true)
    expect(isReadOnly(col('ctime'))).toBe(true)
    expect(isReadOnly(col('text'))).toBe(false)
    // Links and attachments change only in their pickers: paste and fill leave them alone.
    expect(isReadOnly(col('link'))).toBe(true)
    expect(isEditableType(col('link'))).toBe(true)
    expect(isEditableType(col('image'))).toBe(true)
    expect(isEditableType(col('formula'))).toBe(false)
  })
})
