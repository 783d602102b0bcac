import { describe, expect, it } from 'vitest'
import {
  dateForInput,
  formatDate,
  formatDuration,
  formatNumber,
  inputToDateValue,
  localeDatePattern,
  parseDateInput,
  numberForEditing,
  parseNumberInput,
} from './index'

// Intl puts a no-break space (U+00A0) or a narrow one (U+202F) between Russian thousands,
// depending on the ICU version; both are fine, an ordinary space is not.
const G = '[\u00a0\u202f]'

describe('formatNumber', () => {
  it('formats money in Russian as 1 234,56 ₽', () => {
    const s = formatNumber(1234.56, { format: 'currency', precision: 2, currency_symbol: '₽' }, 'ru')
    expect(s).toMatch(new RegExp(`^1${G}234,56\u00a0₽$`))
  })

  it('formats in English as 1,234.56', () => {
    expect(formatNumber(1234.56, { format: 'decimal', precision: 2 }, 'en')).toBe('1,234.56')
    expect(formatNumber(1234.56, { format: 'currency', precision: 2, currency_symbol: '$', currency_position: 'before' }, 'en')).toBe('$1,234.56')
    expect(formatNumber(-1234.5, { format: 'currency', precision: 2, currency_symbol: '$', currency_position: 'before' }, 'en')).toBe('-$1,234.50')
  })

  it('formats decimals in Russian with a comma', () => {
    expect(formatNumber(1234567.891, { format: 'decimal', precision: 2 }, 'ru')).toMatch(
      new RegExp(`^1${G}234${G}567,89$`),
    )
  })

  it('shows plain numbers without trailing zeros, up to the precision', () => {
    expect(formatNumber(1234, { format: 'number', precision: 2 }, 'en')).toBe('1,234')
    expect(formatNumber(0.125, { format: 'number', precision: 2 }, 'en')).toBe('0.13')
    expect(formatNumber(5, undefined, 'ru')).toBe('5')
  })

  it('shows percent values (fractions) with the locale spacing', () => {
    expect(formatNumber(0.5, { format: 'percent', precision: 0 }, 'en')).toBe('50%')
    expect(formatNumber(0.125, { format: 'percent', precision: 1 }, 'ru')).toBe('12,5\u00a0%')
  })

  it('obeys explicit separators over the locale', () => {
    const o = { format: 'decimal' as const, precision: 2, thousands: 'space' as const, decimal: 'comma' as const }
    expect(formatNumber(1234.5, o, 'en')).toBe('1\u00a0234,50')
    expect(formatNumber(1234.5, { format: 'decimal', precision: 1, thousands: 'none' }, 'en')).toBe('1234.5')
    expect(formatNumber(1234.5, { format: 'decimal', precision: 1, thousands: 'dot', decimal: 'comma' }, 'en')).toBe('1.234,5')
  })

  it('leaves empty values empty', () => {
    expect(formatNumber(null, undefined, 'en')).toBe('')
    expect(formatNumber(undefined, undefined, 'en')).toBe('')
  })
})

describe('parseNumberInput', () => {
  it('reads Russian input', () => {
    expect(parseNumberInput('1 234,56', undefined, 'ru')).toBe(1234.56)
    expect(parseNumberInput('1\u00a0234,56 ₽', undefined, 'ru')).toBe(1234.56)
    expect(parseNumberInput('-5,5', undefined, 'ru')).toBe(-5.5)
    expect(parseNumberInput('2.5', undefined, 'ru')).toBe(2.5)
  })

  it('reads English input, with thousands commas', () => {
    expect(parseNumberInput('1,234.56', undefined, 'en')).toBe(1234.56)
    expect(parseNumberInput('1,234', undefined, 'en')).toBe(1234)
    expect(parseNumberInput('(12)', undefined, 'en')).toBe(-12)
  })

  it('reads percent columns as fractions', () => {
    expect(parseNumberInput('50', { format: 'percent' }, 'en')).toBe(0.5)
    expect(parseNumberInput('12,5 %', { format: 'percent' }, 'ru')).toBe(0.125)
  })

  it('returns null for empty and NaN for junk', () => {
    expect(parseNumberInput('  ', undefined, 'en')).toBeNull()
    expect(parseNumberInput('abc', undefined, 'en')).toBeNaN()
    expect(parseNumberInput('1-2', undefined, 'en')).toBeNaN()
  })

  it('gives the editor a value it can read back', () => {
    expect(numberForEditing(1234.5, undefined, 'ru')).toBe('1234,5')
    expect(numberForEditing(0.125, { format: 'percent' }, 'en')).toBe('12.5')
    expect(parseNumberInput(numberForEditing(0.125, { format: 'percent' }, 'ru'), { format: 'percent' }, 'ru')).toBe(0.125)
  })
})

describe('formatDate', () => {
  it('follows the locale when the column has no pattern', () => {
    expect(formatDate('2026-12-31', { format: null }, 'ru')).toBe('31.12.2026')
    expect(formatDate('2026-12-31', {}, 'en')).toBe('12/31/2026')
  })

  it('uses the column pattern', () => {
    expect(formatDate('2026-12-31', { format: 'DD.MM.YYYY' }, 'en')).toBe('31.12.2026')
    expect(formatDate('2026-01-05', { format: 'YYYY-MM-DD' }, 'ru')).toBe('2026-01-05')
    expect(formatDate('2026-01-05', { format: 'MM/DD/YYYY' }, 'ru')).toBe('01/05/2026')
    expect(formatDate('2026-01-05', { format: 'DD/MM/YYYY' }, 'ru')).toBe('05/01/2026')
  })

  it('shows date-times in the user time zone', () => {
    const v = '2026-12-31T21:30:00Z'
    expect(formatDate(v, { format: 'DD.MM.YYYY', include_time: true }, 'ru', 'Europe/Moscow')).toBe('01.01.2027 00:30')
    expect(formatDate(v, { format: 'YYYY-MM-DD', include_time: true }, 'ru', 'UTC')).toBe('2026-12-31 21:30')
    expect(formatDate(v, { format: 'MM/DD/YYYY', include_time: true }, 'en', 'UTC')).toMatch(/^12\/31\/2026 09:30\sPM$/)
  })

  it('picks the locale pattern for new columns', () => {
    expect(localeDatePattern('ru')).toBe('DD.MM.YYYY')
    expect(localeDatePattern('en')).toBe('MM/DD/YYYY')
  })

  it('converts to and from date inputs across time zones', () => {
    expect(dateForInput('2026-12-31', false)).toBe('2026-12-31')
    expect(dateForInput('2026-12-31T21:30:00Z', true, 'Europe/Moscow')).toBe('2027-01-01T00:30')
    expect(inputToDateValue('2027-01-01T00:30', true, 'Europe/Moscow')).toBe('2026-12-31T21:30:00Z')
    expect(inputToDateValue('2026-07-01T12:00', true, 'America/New_York')).toBe('2026-07-01T16:00:00Z')
    expect(inputToDateValue('2026-12-31', false)).toBe('2026-12-31')
    expect(inputToDateValue('', false)).toBeNull()
  })
})

describe('parseDateInput', () => {
  it('reads dates in the column or locale pattern', () => {
    expect(parseDateInput('31.12.2026', null, 'ru')).toBe('2026-12-31')
    expect(parseDateInput('12/31/2026', null, 'en')).toBe('2026-12-31')
    expect(parseDateInput('13/02/2026', 'DD/MM/YYYY', 'en')).toBe('2026-02-13')
    expect(parseDateInput('01/13/2026', 'MM/DD/YYYY', 'ru')).toBe('2026-01-13')
    expect(parseDateInput('02/02/2026', 'DD/MM/YYYY', 'en')).toBe('2026-02-02')
    expect(parseDateInput('2026-12-31', 'DD.MM.YYYY', 'ru')).toBe('2026-12-31')
    expect(parseDateInput('5.1.26', null, 'ru')).toBe('2026-01-05')
  })

  it('reads an optional time and rejects impossible dates', () => {
    expect(parseDateInput('31.12.2026 14:05', null, 'ru')).toBe('2026-12-31T14:05')
    expect(parseDateInput('12/31/2026 2:05 PM', null, 'en')).toBe('2026-12-31T14:05')
    expect(parseDateInput('31.02.2026', null, 'ru')).toBeNull()
    expect(parseDateInput('tomorrow', null, 'en')).toBeNull()
    expect(parseDateInput('31.12.2026 25:00', null, 'ru')).toBeNull()
  })
})

describe('parseDateInput: the forms a person types', () => {
  it('reads the Russian forms and ISO in a Russian interface', () => {
    for (const format of [null, 'locale', 'DD.MM.YYYY', 'YYYY-MM-DD'] as const) {
      expect(parseDateInput('15.01.2027', format, 'ru')).toBe('2027-01-15')
      expect(parseDateInput('15.01.27', format, 'ru')).toBe('2027-01-15')
      expect(parseDateInput('15/01/2027', format, 'ru')).toBe('2027-01-15')
      expect(parseDateInput('2027-01-15', format, 'ru')).toBe('2027-01-15')
      expect(parseDateInput(' 5.1.2027 ', format, 'ru-RU')).toBe('2027-01-05')
    }
  })

  it('reads the English forms and ISO in an English interface', () => {
    for (const format of [null, 'locale', 'MM/DD/YYYY', 'YYYY-MM-DD'] as const) {
      expect(parseDateInput('01/15/2027', format, 'en')).toBe('2027-01-15')
      expect(parseDateInput('1/15/27', format, 'en-US')).toBe('2027-01-15')
      expect(parseDateInput('2027-01-15', format, 'en')).toBe('2027-01-15')
      // Dots are day first in every language.
      expect(parseDateInput('15.01.2027', format, 'en')).toBe('2027-01-15')
    }
  })

  it('never moves an impossible date to another day', () => {
    expect(parseDateInput('31.02.2027', null, 'ru')).toBeNull()
    expect(parseDateInput('29.02.2027', null, 'ru')).toBeNull()
    expect(parseDateInput('29.02.2028', null, 'ru')).toBe('2028-02-29')
    expect(parseDateInput('13/13/2027', null, 'en')).toBeNull()
    expect(parseDateInput('2027-13-01', null, 'en')).toBeNull()
    expect(parseDateInput('00.01.2027', null, 'ru')).toBeNull()
    // Month 15 does not exist: the Russian reading is refused, not swapped to January 15.
    expect(parseDateInput('01/15/2027', null, 'ru')).toBeNull()
    expect(parseDateInput('15/01/2027', null, 'en')).toBeNull()
    expect(parseDateInput('15.01.2027x', null, 'ru')).toBeNull()
    expect(parseDateInput('garbage', null, 'en')).toBeNull()
    expect(parseDateInput('15012027', null, 'ru')).toBeNull()
    expect(parseDateInput('1/15/2027 13:00 PM', null, 'en')).toBeNull()
  })

  it('refuses a slash date the column and the language read as two different days', () => {
    expect(parseDateInput('05/06/2027', 'DD/MM/YYYY', 'en')).toBeNull()
    expect(parseDateInput('05/06/2027', 'MM/DD/YYYY', 'ru')).toBeNull()
    // The same order in both: no doubt.
    expect(parseDateInput('05/06/2027', 'MM/DD/YYYY', 'en')).toBe('2027-05-06')
    expect(parseDateInput('05/06/2027', 'DD/MM/YYYY', 'ru')).toBe('2027-06-05')
    expect(parseDateInput('05/06/2027', null, 'ru')).toBe('2027-06-05')
  })
})

describe('formatDuration', () => {
  it('shows h:mm and h:mm:ss', () => {
    expect(formatDuration(3900, 'h:mm')).toBe('1:05')
    expect(formatDuration(3909, 'h:mm:ss')).toBe('1:05:09')
    expect(formatDuration(59, 'h:mm')).toBe('0:00')
    expect(formatDuration(90061, 'h:mm')).toBe('25:01')
    expect(formatDuration(0, 'h:mm:ss')).toBe('0:00:00')
    expect(formatDuration(null)).toBe('')
  })
})
