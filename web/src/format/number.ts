/**
 * Number, percent and money display by column options and UI locale, and the reverse:
 * reading what a person typed ("1 234,5", "1,234.50", "12 %", "-5 ₽") back into a number.
 */

export type NumberFormatKind = 'number' | 'decimal' | 'percent' | 'currency'

export interface NumberOptions {
  format?: NumberFormatKind
  precision?: number
  currency_symbol?: string
  currency_position?: 'before' | 'after'
  /** null follows the UI locale. */
  thousands?: 'none' | 'space' | 'comma' | 'dot' | null
  decimal?: 'dot' | 'comma' | null
}

const NBSP = '\u00a0'
const GROUP_CHARS: Record<string, string> = { none: '', space: NBSP, comma: ',', dot: '.' }
const DECIMAL_CHARS: Record<string, string> = { dot: '.', comma: ',' }

const cache = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts)
  let nf = cache.get(key)
  if (!nf) {
    nf = new Intl.NumberFormat(locale, opts)
    cache.set(key, nf)
  }
  return nf
}

function clampPrecision(p: unknown, fallback: number): number {
  const n = typeof p === 'number' && Number.isFinite(p) ? Math.round(p) : fallback
  return Math.min(8, Math.max(0, n))
}

/** Format a plain number with fixed or maximum fraction digits and optional separator overrides. */
function formatPlain(
  value: number,
  locale: string,
  minFrac: number,
  maxFrac: number,
  thousands: NumberOptions['thousands'],
  decimal: NumberOptions['decimal'],
): string {
  const nf = numberFormat(locale, {
    minimumFractionDigits: minFrac,
    maximumFractionDigits: maxFrac,
    useGrouping: thousands === 'none' ? false : 'always',
  } as Intl.NumberFormatOptions)
  if (thousands == null && decimal == null) return nf.format(value)
  return nf
    .formatToParts(value)
    .map((p) => {
      if (p.type === 'group' && thousands != null) return GROUP_CHARS[thousands] ?? p.value
      if (p.type === 'decimal' && decimal != null) return DECIMAL_CHARS[decimal] ?? p.value
      return p.value
    })
    .join('')
}

/** A stored number value as the column's options say, in the UI locale. */
export function formatNumber(value: unknown, options: NumberOptions | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return ''
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n)) return String(value)
  const o = options ?? {}
  const kind = o.format ?? 'number'
  const precision = clampPrecision(o.precision, 2)
  switch (kind) {
    case 'decimal':
      return formatPlain(n, locale, precision, precision, o.thousands, o.decimal)
    case 'percent': {
      const body = formatPlain(n * 100, locale, precision, precision, o.thousands, o.decimal)
      // The locale decides whether a space goes before the sign (50 % in Russian, 50% in English).
      const sample = numberFormat(locale, { style: 'percent' }).format(0.5)
      const spaced = /\s%|%\s/u.test(sample)
      const before = sample.trim().startsWith('%')
      if (before) return spaced ? `%${NBSP}${body}` : `%${body}`
      return spaced ? `${body}${NBSP}%` : `${body}%`
    }
    case 'currency': {
      const symbol = o.currency_symbol ?? '₽'
      const body = formatPlain(Math.abs(n), locale, precision, precision, o.thousands, o.decimal)
      const sign = n < 0 || Object.is(n, -0) ? '-' : ''
      if ((o.currency_position ?? 'after') === 'before') return `${sign}${symbol}${body}`
      return `${sign}${body}${NBSP}${symbol}`
    }
    default:
      return formatPlain(n, locale, 0, precision, o.thousands, o.decimal)
  }
}

/** The locale's decimal separator: "," in Russian, "." in English. */
export function localeDecimal(locale: string): string {
  const part = numberFormat(locale, { minimumFractionDigits: 1 })
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')
  return part?.value ?? '.'
}

/** A number as a person would type it back in the editor: no grouping, locale decimal. */
export function numberForEditing(value: unknown, options: NumberOptions | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return ''
  let n = Number(value)
  if (!Number.isFinite(n)) return String(value)
  if (options?.format === 'percent') n = Math.round(n * 100 * 1e10) / 1e10
  const dec = options?.decimal ? DECIMAL_CHARS[options.decimal] : localeDecimal(locale)
  return String(n).replace('.', dec)
}

/**
 * Read typed text as a number. Returns null for empty text and NaN for text that is not a
 * number. A percent column takes "50" or "50 %" as one half. The decimal separator is the
 * column's, else the locale's; a lone separator followed by exactly three digits in the other
 * convention ("1,234" in English) is a thousands separator.
 */
export function parseNumberInput(text: string, options: NumberOptions | undefined, locale: string): number | null {
  let s = text.trim()
  if (s === '') return null
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  s = s.replace(/[−–]/g, '-')
  const symbol = options?.currency_symbol
  if (symbol) s = s.split(symbol).join('')
  s = s.replace(/руб\.?|р\.|₽|\$|€|£|¥/gi, '')
  const hadPercent = s.includes('%')
  s = s.replace(/%/g, '')
  s = s.replace(/[\s\u00a0\u202f\u2009']/g, '')
  if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  if (!/^[\d.,]+([eE][+-]?\d+)?$/.test(s) || !/\d/.test(s)) return NaN
  const decimal = options?.decimal ? DECIMAL_CHARS[options.decimal] : localeDecimal(locale)
  const other = decimal === ',' ? '.' : ','
  let mantissa = s
  let exp = ''
  const e = s.search(/[eE]/)
  if (e >= 0) {
    mantissa = s.slice(0, e)
    exp = s.slice(e)
  }
  if (mantissa.includes(',') && mantissa.includes('.')) {
    // Whichever comes last is the decimal separator.
    const last = mantissa.lastIndexOf(',') > mantissa.lastIndexOf('.') ? ',' : '.'
    mantissa = mantissa.split(last === ',' ? '.' : ',').join('').replace(last, '.')
  } else if (mantissa.includes(decimal)) {
    const parts = mantissa.split(decimal)
    if (parts.length > 2) mantissa = parts.join('')
    else mantissa = parts.join('.')
  } else if (mantissa.includes(other)) {
    const parts = mantissa.split(other)
    const looksGrouped = parts.slice(1).every((p) => p.length === 3)
    mantissa = looksGrouped ? parts.join('') : parts.length === 2 ? parts.join('.') : NaN.toString()
  }
  let n = Number(mantissa + exp)
  if (!Number.isFinite(n)) return NaN
  if (negative) n = -n
  if (options?.format === 'percent' || hadPercent) n = n / 100
  return n
}
