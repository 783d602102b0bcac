/** Date (optionally with time): shown in the column's format, edited with a calendar. */
import DateOptions from '../components/column/DateOptions.vue'
import type { Column } from '../api/types'
import { dateForInput, formatDate, inputToDateValue, localeDatePattern, parseDateInput } from '../format'
import { DateEditor } from '../grid/editors'
import { calendarLabels } from '../grid/labels'
import { popupEditor, type ColumnTypeModule, type GridContext } from './module'

export const date: ColumnTypeModule = {
  id: 'date',
  mark: '▦',
  width: 170,
  options: DateOptions,
  importable: true,
  text: (col, value, ctx) => formatDate(value, col.options, ctx.locale, ctx.timeZone),
  grid: dateGrid,
  // Read in the interface's order of day and month; text that is no date goes as pasted (refused by the server).
  paste(col, s, ctx) {
    if (!s.trim()) return null
    const input = parseDateInput(s, col.options?.format, ctx.locale)
    return input ? inputToDateValue(input, !!col.options?.include_time, ctx.timeZone) : s
  },
  form: {
    input: 'date',
    text: (col, v, ctx) => formatDate(v, col.options, ctx.locale, ctx.timeZone),
    read(col, s, ctx) {
      if (!s.trim()) return null
      const input = parseDateInput(s, col.options?.format, ctx.locale)
      if (!input) throw new Error(ctx.t('grid.badDate'))
      return inputToDateValue(input, !!col.options?.include_time, ctx.timeZone)
    },
  },
}

function dateGrid(def: import('ag-grid-community').ColDef, col: Column, ctx: GridContext): void {
  const includeTime = !!col.options?.include_time
  const pattern = col.options?.format && col.options.format !== 'locale' ? col.options.format : localeDatePattern(ctx.locale)
  // In the interface's letters: дд.мм.гггг чч:мм in Russian, mm/dd/yyyy hh:mm in English.
  const letter: Record<string, string> = {
    d: ctx.t('grid.dayLetter'),
    m: ctx.t('grid.monthLetter'),
    y: ctx.t('grid.yearLetter'),
    h: ctx.t('grid.hourLetter'),
    n: ctx.t('grid.minuteLetter'),
  }
  const placeholder = (pattern.toLowerCase() + (includeTime ? ' hh:nn' : '')).replace(/[dmyhn]/g, (c: string) => letter[c])
  popupEditor(def, DateEditor, {
    date: {
      includeTime,
      locale: ctx.locale,
      calendarLabels: calendarLabels(ctx.t),
      format: (v: unknown) => formatDate(v, col.options, ctx.locale, ctx.timeZone),
      parseTyped: (s: string) => parseDateInput(s, col.options?.format, ctx.locale),
      toValue: (input: string) => inputToDateValue(input, includeTime, ctx.timeZone),
      toInput: (v: unknown) => dateForInput(v, includeTime, ctx.timeZone),
      placeholder,
      invalidMessage: (text: string) =>
        ctx.t('grid.notADate', {
          text,
          pattern: placeholder,
          example: formatDate(new Date().toISOString().slice(0, includeTime ? 16 : 10) + (includeTime ? ':00Z' : ''), col.options, ctx.locale, ctx.timeZone),
        }),
      onInvalid: ctx.onInvalid,
    },
  })
}
