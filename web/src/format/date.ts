/**
 * Dates arrive as "YYYY-MM-DD" (date only) or "YYYY-MM-DDTHH:MM:SSZ" (UTC, with time).
 * A column's format option picks the pattern; null (or "locale") follows the UI language:
 * 31.12.2026 in Russian, 12/31/2026 in English. Times are shown in the user's time zone.
 */

export type DatePattern = 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'MM/DD/YYYY' | 'DD/MM/YYYY'

export interface DateOptions {
  format?: DatePattern | 'locale' | null
  include_time?: boolean
}

interface Parts {
  y: number
  m: number
  d: number
  hh: number
  mi: number
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/

const dtfCache = new Map<string, Intl.DateTimeFormat>()
function dtf(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(opts)
  let f = dtfCache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts)
    dtfCache.set(key, f)
  }
  return f
}

/** Calendar parts of a stored value; date-times are moved into `timeZone`. */
export function dateParts(value: string, timeZone?: string): Parts | null {
  const m = ISO.exec(value.trim())
  if (!m) return null
  if (m[4] === undefined) return { y: +m[1], m: +m[2], d: +m[3], hh: 0, mi: 0 }
  const utc = new Date(value.trim().endsWith('Z') || m[7] ? value.trim() : value.trim() + 'Z')
  if (Number.isNaN(utc.getTime())) return null
  const parts = dtf('en-US', {
    timeZone: timeZone || undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(utc)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0)
  return { y: get('year'), m: get('month'), d: get('day'), hh: get('hour') % 24, mi: get('minute') }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function datePart(p: Parts, format: DateOptions['format'], locale: string): string {
  switch (format) {
    case 'YYYY-MM-DD':
      return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`
    case 'DD.MM.YYYY':
      return `${pad(p.d)}.${pad(p.m)}.${pad(p.y, 4)}`
    case 'MM/DD/YYYY':
      return `${pad(p.m)}/${pad(p.d)}/${pad(p.y, 4)}`
    case 'DD/MM/YYYY':
      return `${pad(p.d)}/${pad(p.m)}/${pad(p.y, 4)}`
    default:
      return dtf(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        new Date(Date.UTC(p.y, p.m - 1, p.d)),
      )
  }
}

function timePart(p: Parts, locale: string): string {
  return dtf(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(
    new Date(Date.UTC(2000, 0, 1, p.hh, p.mi)),
  )
}

/** A stored date value for display. */
export function formatDate(
  value: unknown,
  options: DateOptions | undefined,
  locale: string,
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return ''
  const s = String(value)
  const withTime = !!options?.include_time && s.length > 10
  const p = dateParts(s, withTime ? timeZone : undefined)
  if (!p) return s
  const date = datePart(p, options?.format, locale)
  return withTime ? `${date} ${timePart(p, locale)}` : date
}

/** The pattern a locale shows dates in, for the add-column dialog's default. */
export function localeDatePattern(locale: string): DatePattern {
  const sample = dtf(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.UTC(2026, 11, 31)),
  )
  if (sample === '31.12.2026') return 'DD.MM.YYYY'
  if (sample === '12/31/2026') return 'MM/DD/YYYY'
  if (sample === '31/12/2026') return 'DD/MM/YYYY'
  return 'YYYY-MM-DD'
}

/** A stored value as the `<input type="date">` / `datetime-local` value, in `timeZone`. */
export function dateForInput(value: unknown, includeTime: boolean, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return ''
  const p = dateParts(String(value), includeTime ? timeZone : undefined)
  if (!p) return ''
  const d = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`
  return includeTime ? `${d}T${pad(p.hh)}:${pad(p.mi)}` : d
}

/** Offset of `timeZone` from UTC at a given UTC instant, in minutes. */
function zoneOffset(utcMs: number, timeZone?: string): number {
  const p = dateParts(new Date(utcMs).toISOString().slice(0, 19) + 'Z', timeZone)
  if (!p) return 0
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mi)
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000)
}

/** An input value ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in `timeZone`) as the API value. */
export function inputToDateValue(input: string, includeTime: boolean, timeZone?: string): string | null {
  const s = input.trim()
  if (!s) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s)
  if (!m) return null
  if (!includeTime) return `${m[1]}-${m[2]}-${m[3]}`
  const local = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0))
  let utc = local - zoneOffset(local, timeZone) * 60000
  utc = local - zoneOffset(utc, timeZone) * 60000
  return new Date(utc).toISOString().slice(0, 19) + 'Z'
}

/**
 * Whether "a/b/yyyy" reads month first: by the column's pattern when it is a slash pattern,
 * else by the interface language (12/31/2026 in English, 31/12/2026 in Russian and most others).
 */
function slashMonthFirst(format: DateOptions['format'], locale: string): boolean {
  if (format === 'MM/DD/YYYY' || format === 'DD/MM/YYYY') return format === 'MM/DD/YYYY'
  return localeDatePattern(locale) === 'MM/DD/YYYY'
}

function realDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d))
  probe.setUTCFullYear(y)
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/**
 * Read a typed date, optionally with "HH:MM" (or "h:mm AM"). Accepted: ISO (2027-01-15) always;
 * day first with dots (15.01.2027, 15.01.27); with slashes or dashes in the order of the
 * column's slash pattern or else the interface language (01/15/2027 in English, 15/01/2027 in
 * Russian). Returns "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (wall time, for inputToDateValue), or
 * null when the text is not one real date: an impossible date (31.02.2027, 13/13/2027) is never
 * moved to another day, and a slash date the column and the language read as two different
 * days (05/06/2027 in an English interface on a DD/MM/YYYY column) is refused as ambiguous.
 */
export function parseDateInput(text: string, format: DateOptions['format'], locale: string): string | null {
  const s = text.trim()
  if (!s) return null
  let y: number, m: number, d: number
  let rest = ''
  let mm: RegExpExecArray | null
  if ((mm = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(.*))?$/.exec(s))) {
    y = +mm[1]
    m = +mm[2]
    d = +mm[3]
    rest = mm[4] ?? ''
  } else if ((mm = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:\s+(.*))?$/.exec(s))) {
    const a = +mm[1]
    const b = +mm[3]
    y = +mm[4]
    if (mm[4].length === 2) y += y < 70 ? 2000 : 1900
    if (mm[2] === '.') [d, m] = [a, b]
    else {
      const monthFirst = slashMonthFirst(format, locale)
      ;[d, m] = monthFirst ? [b, a] : [a, b]
      // The column's order and the language's disagree: both readings real and different → ask.
      const localeMonthFirst = localeDatePattern(locale) === 'MM/DD/YYYY'
      if (monthFirst !== localeMonthFirst && a !== b && realDate(y, a, b) && realDate(y, b, a)) return null
    }
    rest = mm[5] ?? ''
  } else return null
  if (!realDate(y, m, d)) return null
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`
  if (!rest) return date
  const tm = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/.exec(rest.trim())
  if (!tm) return null
  let hh = +tm[1]
  if (tm[3]) {
    if (hh < 1 || hh > 12) return null
    hh = (hh % 12) + (tm[3].toLowerCase() === 'pm' ? 12 : 0)
  }
  if (hh > 23 || +tm[2] > 59) return null
  return `${date}T${pad(hh)}:${tm[2]}`
}
