/** What formula, lookup and rollup share: values shown as their result type. */
import type { Column } from '../api/types'
import { formatDate, formatNumber } from '../format'
import type { TextContext } from './module'

/**
 * One value of a formula, rollup or lookup, shown as its result type: numbers in the column's
 * number format and the locale (339 200,00 ₽), dates in the locale, booleans as a tick; error
 * values (#DIV/0!) and text as they are.
 */
function resultText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' && value.startsWith('#')) return value
  switch (col.options?.result_type) {
    case 'number':
      return formatNumber(value, col.options, ctx.locale)
    case 'date':
      return formatDate(value, { format: null, include_time: false }, ctx.locale, ctx.timeZone) // the locale's format
    case 'bool':
      return value === true || value === 1 || value === 'true' ? '✓' : ''
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

/** A computed value (a lookup's is a list) as text. */
export function computedText(col: Column, value: unknown, ctx: TextContext): string {
  return Array.isArray(value) ? value.map((v) => resultText(col, v, ctx)).filter(Boolean).join(', ') : resultText(col, value, ctx)
}
