import { describe, expect, it } from 'vitest'
import {
  addMonths,
  dayTitle,
  eventsByDay,
  firstDayOfWeek,
  monthTitle,
  monthWeeks,
  movedValue,
  step,
  visibleRange,
  weekDays,
  weekdayNames,
} from './calendar'

describe('calendar arithmetic', () => {
  it('counts weeks from the locale first day: Monday in Russian, Sunday in US English', () => {
    expect(firstDayOfWeek('ru')).toBe(1)
    expect(firstDayOfWeek('en-US')).toBe(0)
    expect(weekdayNames('ru', 1)[0].toLowerCase()).toContain('пн')
    expect(weekdayNames('en-US', 0)[0]).toBe('Sun')
  })

  it('lays a month out in whole weeks that cover it, each of seven days', () => {
    // March 2026 starts on a Sunday and has 31 days.
    const mon = monthWeeks('2026-03-15', 1)
    expect(mon[0][0]).toBe('2026-02-23')
    expect(mon.at(-1)![6]).toBe('2026-04-05')
    expect(mon.every((w) => w.length === 7)).toBe(true)
    const sun = monthWeeks('2026-03-15', 0)
    expect(sun[0][0]).toBe('2026-03-01')
    expect(sun.length).toBe(5)
    expect(visibleRange('month', '2026-03-15', 1)).toEqual({ start: '2026-02-23', end: '2026-04-05' })
    expect(visibleRange('agenda', '2026-02-10', 1)).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(weekDays('2026-03-04', 1)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'])
  })

  it('steps by a month (whatever the day) or a week', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01')
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01')
    expect(step('week', '2026-12-29', 1)).toBe('2027-01-05')
    expect(monthTitle('ru', '2026-03-01')).toBe('Март 2026 г.')
    expect(dayTitle('ru', '2026-03-02')).toBe('Понедельник, 2 марта')
  })

  it('places a row once per date column and moves a date keeping its time', () => {
    const rows = [
      { _id: 'a', '1': '2026-03-02', '2': '2026-03-05T10:30:00Z' },
      { _id: 'b', '1': null, '2': '2026-03-02' },
    ]
    const days = eventsByDay(rows, [{ column_id: 1, color: '#111111' }, { column_id: 2 }])
    expect(days.get('2026-03-02')!.map((e) => [e.row._id, e.columnId])).toEqual([['a', 1], ['b', 2]])
    expect(days.get('2026-03-05')![0].color).toBe('#F59E0B')
    expect(movedValue('2026-03-05T10:30:00Z', '2026-03-09')).toBe('2026-03-09T10:30:00Z')
    expect(movedValue('2026-03-05', '2026-03-09')).toBe('2026-03-09')
  })
})
