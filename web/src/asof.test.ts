import { describe, expect, it } from 'vitest'
import { asOfLabel, asOfQuery, isAsOfDate } from './asof'
import { drillAsOf } from './charts/drill'

describe('as of a date', () => {
  it('labels the date in the interface language', () => {
    expect(asOfLabel('2013-03-31', 'ru')).toBe('31.03.2013')
    expect(asOfLabel('2013-03-31', 'en')).toBe('Mar 31, 2013')
    expect(asOfLabel('2012-01-05', 'ru')).toBe('05.01.2012')
  })
  it('takes real YYYY-MM-DD dates only', () => {
    expect(isAsOfDate('2013-03-31')).toBe(true)
    expect(isAsOfDate('2013-02-29')).toBe(false)
    expect(isAsOfDate('2012-02-29')).toBe(true)
    expect(isAsOfDate('31.03.2013')).toBe(false)
    expect(isAsOfDate('')).toBe(false)
  })
  it('adds as_of only when set', () => {
    expect(asOfQuery(null)).toEqual({})
    expect(asOfQuery('2013-03-31')).toEqual({ as_of: '2013-03-31' })
  })
})

describe('a click on a series by period end', () => {
  const data = {
    type: 'line',
    categories: [
      { key: '2013-02', label: '2013-02', color: null },
      { key: '2013-03', label: '2013-03', color: null },
    ],
    period_ends: ['2013-02-28', '2013-03-15'],
  }
  it('reads the rows as of the end of the point clicked, every row of the view', () => {
    expect(drillAsOf(data as never, { x: '2013-03', series: 'A' }, null)).toEqual({ target: { x: undefined, series: 'A' }, asOf: '2013-03-15' })
  })
  it('leaves other charts to the dashboard’s own date', () => {
    expect(drillAsOf({ type: 'bar' } as never, { x: 'k' }, '2013-01-31')).toEqual({ target: { x: 'k' }, asOf: '2013-01-31' })
  })
})
