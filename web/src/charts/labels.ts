/**
 * Texts a chart shows, in the reader's language: category keys by what they are (a month key
 * "2026-11" reads «нояб. 2026» / "Nov 2026", a checkbox "да"/"yes"), numbers in the locale
 * (abbreviated «21,1 млн ₽» where room is short), and labels fitted to a width by wrapping at
 * spaces only, never inside a word (a word too long for the width is cut with "…"). Pure: the
 * caller passes the locale, the words and a text measure.
 */
import { formatNumber, type NumberOptions } from '../format'

/** What an axis' keys are (`axes` in the chart data, server/charts/compute.py). */
export interface AxisInfo {
  kind: string
  granularity: string | null
}

export interface LabelWords {
  /** "(empty)" / "(пусто)" */
  empty: string
  yes: string
  no: string
  /** "Q{q} {year}" / "{q} кв. {year}" */
  quarter: (q: number, year: string) => string
  /** "Week of {date}" / "Неделя с {date}" (tooltips) */
  week: (date: string) => string
}

const MONTH_RE = /^(\d{4})-(\d{2})$/
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/
const QUARTER_RE = /^(\d{4})-Q([1-4])$/

function utcDate(y: number, m: number, d = 1): Date {
  return new Date(Date.UTC(y, m - 1, d))
}

function fmt(locale: string, opts: Intl.DateTimeFormatOptions, d: Date): string {
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(d)
}

/** A month as "нояб. 2026" / "Nov 2026" (short) or "ноябрь 2026" / "November 2026" (long). */
function monthText(locale: string, y: number, m: number, long: boolean): string {
  // The month alone takes its standalone form (Russian "май", not "мая"), then the year.
  const month = fmt(locale, { month: long ? 'long' : 'short' }, utcDate(y, m))
  return `${month} ${y}`
}

/**
 * A category (or series) label. `label` is the server's text for the key (option names, text
 * values); dates, checkboxes and numbers are spelled here in the reader's language. `long` is
 * the tooltip form.
 */
export function categoryText(
  key: unknown,
  label: string | null | undefined,
  axis: AxisInfo | null | undefined,
  locale: string,
  words: LabelWords,
  long = false,
): string {
  if (key === null || key === undefined || key === '') return label || words.empty
  const k = String(key)
  const gran = axis?.granularity
  if (axis?.kind === 'date' || gran) {
    let m: RegExpMatchArray | null
    if (gran === 'month' && (m = k.match(MONTH_RE))) return monthText(locale, Number(m[1]), Number(m[2]), long)
    if (gran === 'quarter' && (m = k.match(QUARTER_RE))) return words.quarter(Number(m[2]), m[1])
    if (gran === 'year') return k
    if ((gran === 'week' || gran === 'day' || !gran) && (m = k.match(DAY_RE))) {
      const d = utcDate(Number(m[1]), Number(m[2]), Number(m[3]))
      if (gran === 'week') {
        const short = fmt(locale, { day: 'numeric', month: 'short' }, d)
        return long ? words.week(fmt(locale, { day: 'numeric', month: 'long', year: 'numeric' }, d)) : short
      }
      return fmt(locale, { day: 'numeric', month: long ? 'long' : 'short', year: 'numeric' }, d)
    }
  }
  if (axis?.kind === 'checkbox') return key === true || k === 'true' ? words.yes : words.no
  if (axis?.kind === 'number' && typeof key === 'number') return new Intl.NumberFormat(locale).format(key)
  return label || words.empty
}

/**
 * A value as the chart's value column shows it (money with its currency symbol), or a plain
 * number in the locale for counts.
 */
export function valueText(n: number | null | undefined, options: NumberOptions | null, locale: string): string {
  if (n === null || n === undefined) return '—'
  if (options) return formatNumber(n, options, locale)
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)
}

/**
 * A value abbreviated for a narrow place: «21,1 млн ₽», "21.1M ₽", «850 тыс.». Percent columns
 * and small numbers stay as they are.
 */
export function compactText(n: number | null | undefined, options: NumberOptions | null, locale: string): string {
  if (n === null || n === undefined) return '—'
  // Round values (axis ticks) without decimals: «0 ₽», not «0,00 ₽».
  if (Math.abs(n) < 10000 || options?.format === 'percent')
    return valueText(n, options && Number.isInteger(n) && options.format !== 'percent' ? { ...options, precision: 0 } : options, locale)
  const body = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(Math.abs(n))
  const sign = n < 0 ? '-' : ''
  if (options?.format !== 'currency') return sign + body
  const symbol = options.currency_symbol ?? '₽'
  return (options.currency_position ?? 'after') === 'before' ? `${sign}${symbol}${body}` : `${sign}${body}\u00a0${symbol}`
}

/**
 * Lines of at most `width` (as `measure` says) broken at spaces only; at most `maxLines`
 * lines, the last cut with "…" when the text does not fit. A word wider than the width is cut
 * with "…" rather than broken.
 */
export function fitLines(text: string, width: number, measure: (s: string) => number, maxLines = 2): string[] {
  const lines: string[] = []
  let cur = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word
    if (!cur || measure(next) <= width) {
      cur = next
      continue
    }
    lines.push(cur)
    cur = word
  }
  if (cur) lines.push(cur)
  if (lines.length > maxLines) {
    // The last line takes the rest of the text, cut to fit.
    const rest = lines.slice(maxLines - 1).join(' ')
    return [...lines.slice(0, maxLines - 1), rest].map((line) => (measure(line) <= width ? line : ellipsize(line, width, measure)))
  }
  return lines.map((line) => (measure(line) <= width ? line : ellipsize(line, width, measure)))
}

/**
 * A line shortened to fit with "…": whole words dropped while most of the room stays used,
 * else cut inside the word («ООО «Фармасис…», not «ООО…»).
 */
function ellipsize(line: string, width: number, measure: (s: string) => number): string {
  let s = line
  while (s.length > 1 && measure(s + '…') > width) {
    const sp = s.lastIndexOf(' ')
    s = sp > 0 && measure(s.slice(0, sp) + '…') >= width * 0.6 ? s.slice(0, sp) : s.slice(0, -1)
  }
  return s.trimEnd() + '…'
}
