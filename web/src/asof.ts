/**
 * Reading "as of a date" (docs/as-of.md): the date as the chip shows it, and the `as_of` query
 * parameter reads carry when one is set.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A YYYY-MM-DD date as the chip reads it: «31.03.2013» in Russian, "Mar 31, 2013" in English. */
export function asOfLabel(iso: string, locale: string): string {
  const m = ISO_DAY.exec(iso)
  if (!m) return iso
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  const opts: Intl.DateTimeFormatOptions = locale.startsWith('ru')
    ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale.startsWith('ru') ? 'ru-RU' : 'en-US', opts).format(day)
}

/** Is it a real calendar date written YYYY-MM-DD (what the server takes)? */
export function isAsOfDate(text: string): boolean {
  const m = ISO_DAY.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The query parameters of a read as of `asOf` (none when it is not set). */
export function asOfQuery(asOf: string | null): Record<string, string> {
  return asOf ? { as_of: asOf } : {}
}
