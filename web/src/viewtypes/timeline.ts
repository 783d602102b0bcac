/**
 * The timeline view's arithmetic (TimelineView.vue): the span each zoom shows and reads
 * (GET /api/views/{id}/range), the axis ticks, a row's bar (first day and the day after its
 * last, as the server's overlap rule: an empty end or one before the start makes the bar its
 * start day), bars packed into the sub-rows of a lane, and the cell values a move or a resize
 * writes. Days are ISO strings computed in UTC, as in calendar.ts.
 */
import type { Row } from '../api/types'
import { addDays, addMonths, dayOf, movedValue, startOfWeek } from './calendar'

export type Zoom = 'day' | 'week' | 'month' | 'quarter'
export const ZOOMS: Zoom[] = ['day', 'week', 'month', 'quarter']

export interface TimelineSettings {
  start_column?: number
  end_column?: number | null
  duration_column?: number | null
  group_column?: number | null
  title_column?: number | null
  zoom?: Zoom
}

/** Pixels per day and days shown at each zoom (a quarter zoom shows a year: ≤ 366 days read). */
export const SCALE: Readonly<Record<Zoom, { px: number; days: number }>> = {
  day: { px: 56, days: 21 },
  week: { px: 22, days: 63 },
  month: { px: 8, days: 182 },
  quarter: { px: 3, days: 364 },
}

const DAY_MS = 86_400_000
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY_MS)
}

/** The first day shown: a little before the anchor, on a week start (day, week) or a month's first day. */
export function spanStart(zoom: Zoom, anchor: string): string {
  const back = addDays(anchor, -Math.floor(SCALE[zoom].days / 4))
  return zoom === 'day' || zoom === 'week' ? startOfWeek(back, 1) : back.slice(0, 8) + '01'
}

/** The days read and shown, both included. */
export function visibleSpan(zoom: Zoom, anchor: string): { start: string; end: string } {
  const start = spanStart(zoom, anchor)
  return { start, end: addDays(start, SCALE[zoom].days - 1) }
}

/** Where prev/next go: half of what the zoom shows (a month at month zoom, a quarter at quarter). */
export function stepAnchor(zoom: Zoom, anchor: string, n: number): string {
  if (zoom === 'month') return addMonths(anchor, 3 * n)
  if (zoom === 'quarter') return addMonths(anchor, 6 * n)
  return addDays(anchor, Math.round(SCALE[zoom].days / 3) * n)
}

export interface Tick {
  day: string
  label: string
}

/** The labelled days of the axis: every day, every Monday, every month's first day, or every quarter's. */
export function ticks(zoom: Zoom, start: string, end: string, locale: string): Tick[] {
  const utc = (day: string) => new Date(day + 'T00:00:00Z')
  const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })
  const out: Tick[] = []
  const dayFmt = fmt({ weekday: 'short', day: 'numeric' })
  const weekFmt = fmt({ day: 'numeric', month: 'short' })
  const monthFmt = fmt({ month: 'short', year: 'numeric' })
  for (let d = start; d <= end; d = addDays(d, 1)) {
    const date = utc(d)
    if (zoom === 'day') out.push({ day: d, label: dayFmt.format(date) })
    else if (zoom === 'week' && date.getUTCDay() === 1) out.push({ day: d, label: weekFmt.format(date) })
    else if (zoom === 'month' && date.getUTCDate() === 1) out.push({ day: d, label: monthFmt.format(date) })
    else if (zoom === 'quarter' && date.getUTCDate() === 1 && date.getUTCMonth() % 3 === 0) {
      out.push({ day: d, label: `Q${date.getUTCMonth() / 3 + 1} ${date.getUTCFullYear()}` })
    }
  }
  return out
}

export interface EndSource {
  /** The end date column's id, or the duration column's. */
  columnId: number
  kind: 'end' | 'days' | 'seconds'
}

export interface Bar {
  row: Row
  /** First day of the bar and the day after its last. */
  from: string
  until: string
}

/** A row's bar, or null when it has no start. */
export function barOf(row: Row, startId: number, end: EndSource | null): Bar | null {
  const from = dayOf(row[String(startId)])
  if (!from) return null
  let until = addDays(from, 1)
  if (end) {
    const v = row[String(end.columnId)]
    if (end.kind === 'end') {
      const last = dayOf(v)
      if (last && last > from) until = addDays(last, 1)
    } else if (typeof v === 'number' && v > 0) {
      until = addDays(from, Math.max(1, Math.ceil(end.kind === 'days' ? v : v / 86400)))
    }
  }
  return { row, from, until }
}

/** Bars of one lane in sub-rows where none overlap (each placed in the first that has room). */
export function packBars(bars: Bar[]): Bar[][] {
  const sorted = [...bars].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const lines: Bar[][] = []
  for (const bar of sorted) {
    const line = lines.find((l) => l[l.length - 1].until <= bar.from)
    if (line) line.push(bar)
    else lines.push([bar])
  }
  return lines
}

/** The cells a drag writes: a move shifts the start and the end date by `days` (a duration
 * stays); a resize moves the end (never before the start) or changes the duration. */
export function draggedCells(bar: Bar, startId: number, end: EndSource | null, how: 'move' | 'resize',
  days: number): Record<string, unknown> {
  const row = bar.row
  const out: Record<string, unknown> = {}
  if (how === 'move') {
    out[String(startId)] = movedValue(row[String(startId)], addDays(bar.from, days))
    const last = end?.kind === 'end' ? dayOf(row[String(end.columnId)]) : null
    if (end && last) out[String(end.columnId)] = movedValue(row[String(end.columnId)], addDays(last, days))
    return out
  }
  if (!end) return out
  const length = Math.max(1, daysBetween(bar.from, bar.until) + days)  // whole days, at least one
  if (end.kind === 'end') out[String(end.columnId)] = movedValue(row[String(end.columnId)], addDays(bar.from, length - 1))
  else out[String(end.columnId)] = end.kind === 'days' ? length : length * 86400
  return out
}
