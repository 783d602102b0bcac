/**
 * The calendar view's arithmetic (CalendarView.vue): days as ISO strings (YYYY-MM-DD), the
 * weeks of a month grid and the days of a week from the locale's first day of the week, the
 * range each mode reads (GET /api/views/{id}/range), and rows placed on days by their date
 * columns. Days are calendar days, computed in UTC so no time zone shifts them; a date with a
 * time is placed on its UTC day, as the server reads ranges.
 */
import type { Row } from '../api/types'

export type CalendarMode = 'month' | 'week' | 'agenda'
export const MODES: CalendarMode[] = ['month', 'week', 'agenda']

export interface DateColumnSetting {
  column_id: number
  color?: string | null
}

export interface CalendarSettings {
  date_columns?: DateColumnSetting[]
  title_column?: number | null
  default_mode?: CalendarMode
}

/** The server's palette for date columns chosen without a colour (server/views/calendar.py). */
export const PALETTE = ['#3B82F6', '#F59E0B', '#10B981', '#EF4444']

export interface CalendarEvent {
  row: Row
  columnId: number
  color: string
  day: string
}

const DAY_MS = 86_400_000

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS)
}

export function addMonths(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number)
  return fromUtc(Date.UTC(y, m - 1 + n, 1))
}

/** Today in the browser's own calendar (not UTC): the day the user sees on their wall. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

/** 0 = Sunday … 6 = Saturday, as the locale counts weeks (Intl week info; Monday when unknown). */
export function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const info = loc.getWeekInfo?.() ?? loc.weekInfo
    if (info) return info.firstDay % 7
  } catch {
    // an unknown locale: Monday, as most of the world
  }
  return locale.toLowerCase().startsWith('en-us') || locale.toLowerCase() === 'en' ? 0 : 1
}

function weekday(day: string): number {
  return new Date(toUtc(day)).getUTCDay()
}

export function startOfWeek(day: string, firstDay: number): string {
  return addDays(day, -((weekday(day) - firstDay + 7) % 7))
}

/** The weeks (7 days each) that show the month of `anchor`, from its first week to its last. */
export function monthWeeks(anchor: string, firstDay: number): string[][] {
  const first = anchor.slice(0, 8) + '01'
  const last = addDays(addMonths(anchor, 1), -1)
  const weeks: string[][] = []
  for (let start = startOfWeek(first, firstDay); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)))
  }
  return weeks
}

export function weekDays(anchor: string, firstDay: number): string[] {
  const start = startOfWeek(anchor, firstDay)
  return Array.from({ length: 7 }, (_, i) => addDays(start, i))
}

/** The days a mode shows (and reads): the month grid, the week, or the month as a list. */
export function visibleRange(mode: CalendarMode, anchor: string, firstDay: number): { start: string; end: string } {
  if (mode === 'week') {
    const days = weekDays(anchor, firstDay)
    return { start: days[0], end: days[6] }
  }
  if (mode === 'agenda') return { start: anchor.slice(0, 8) + '01', end: addDays(addMonths(anchor, 1), -1) }
  const weeks = monthWeeks(anchor, firstDay)
  return { start: weeks[0][0], end: weeks[weeks.length - 1][6] }
}

/** Where the previous/next buttons go: a week in week view, else a month. */
export function step(mode: CalendarMode, anchor: string, n: number): string {
  return mode === 'week' ? addDays(anchor, 7 * n) : addMonths(anchor, n)
}

/** Weekday names from the first day of the week ("Пн", "Mon"). */
export function weekdayNames(locale: string, firstDay: number, width: 'short' | 'narrow' = 'short'): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' })
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2023, 0, 1 + ((firstDay + i) % 7)))))
}

export function monthTitle(locale: string, anchor: string): string {
  const text = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(toUtc(anchor)))
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function dayTitle(locale: string, day: string): string {
  const text = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(toUtc(day)),
  )
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The day a cell value falls on: its first ten characters (dates are ISO, times in UTC). */
export function dayOf(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null
}

/** A date value moved to another day, keeping its time of day if it has one. */
export function movedValue(value: unknown, day: string): string {
  return typeof value === 'string' && value.length > 10 ? day + value.slice(10) : day
}

/** Each row once per chosen date column with a date, grouped by day. */
export function eventsByDay(rows: Row[], columns: DateColumnSetting[]): Map<string, CalendarEvent[]> {
  const out = new Map<string, CalendarEvent[]>()
  for (const row of rows) {
    columns.forEach((dc, i) => {
      const day = dayOf(row[String(dc.column_id)])
      if (!day) return
      const list = out.get(day) ?? []
      list.push({ row, columnId: dc.column_id, color: dc.color || PALETTE[i % PALETTE.length], day })
      out.set(day, list)
    })
  }
  return out
}
