/**
 * Durations are seconds; shown as h:mm or h:mm:ss (hours are not wrapped at 24). Like the
 * server's text form, h:mm drops the seconds rather than rounding them.
 */

export type DurationFormat = 'h:mm' | 'h:mm:ss'

export function formatDuration(value: unknown, format: DurationFormat | undefined = 'h:mm'): string {
  if (value === null || value === undefined || value === '') return ''
  const n = Number(value)
  if (!Number.isFinite(n)) return String(value)
  const negative = n < 0
  let total = Math.round(Math.abs(n))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = String(m).padStart(2, '0')
  const body = format === 'h:mm:ss' ? `${h}:${mm}:${String(s).padStart(2, '0')}` : `${h}:${mm}`
  return negative ? `-${body}` : body
}
