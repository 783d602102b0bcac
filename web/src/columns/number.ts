/** Number: shown in the column's format (number, decimal, percent, currency) and the locale. */
import NumberOptions from '../components/column/NumberOptions.vue'
import { formatNumber, numberForEditing, parseNumberInput } from '../format'
import type { Column } from '../api/types'
import { textEditor, type ColumnTypeModule, type Translate } from './module'

export const number: ColumnTypeModule = {
  id: 'number',
  mark: '#',
  width: 150,
  options: NumberOptions,
  importable: true,
  text: (col, value, ctx) => formatNumber(value, col.options, ctx.locale),
  // Read as typed ones are; text that is no number goes as pasted, so the server's refusal names the cell.
  paste(col, s, ctx) {
    const n = parseNumberInput(s, col.options, ctx.locale)
    if (n === null) return null
    return Number.isNaN(n) ? s : n
  },
  // Without grouping, in the locale's decimal: spreadsheets and this grid read it back.
  clipboard(col, value, ctx) {
    const s = numberForEditing(value, col.options, ctx.locale)
    return col.options?.format === 'percent' ? s + '%' : s
  },
  grid(def, col, ctx) {
    def.type = 'rightAligned'
    textEditor(def, ctx, (v) => numberForEditing(v, col.options, ctx.locale), (s) => readNumber(col, s, ctx), 'decimal')
  },
  form: {
    input: 'text',
    inputMode: 'decimal',
    text: (col, v, ctx) => numberForEditing(v, col.options, ctx.locale),
    read: (col, s, ctx) => readNumber(col, s, ctx),
  },
}

/** Typed text to a number in the column's format; a text that is no number is refused. */
function readNumber(col: Column, s: string, ctx: { locale: string; t: Translate }): number | null {
  const n = parseNumberInput(s, col.options, ctx.locale)
  if (n !== null && Number.isNaN(n)) throw new Error(ctx.t('grid.notANumber', { text: s }))
  return n
}
