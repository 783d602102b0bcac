import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { chartFormat, choicesOf, dress, fieldErrors, partsOf, settingsForType, type ChartTypeInfo } from './editor'

const schema = (props: Record<string, unknown>, required: string[] = []) => ({ properties: props, required })
const BAR: ChartTypeInfo = {
  name: 'bar',
  description: '',
  settings_schema: schema(
    {
      type: {}, x: { properties: { granularity: { enum: ['day', 'month', null] } } }, series: {}, values: {}, others: {},
      value: { properties: { aggregate: { enum: ['count', 'sum', 'median'] } } }, sort: { enum: ['x', 'value_desc'] },
      limit: {}, goal: {}, colors: {}, format: {}, labels: {},
    },
    ['type', 'x'],
  ),
}
const PIE: ChartTypeInfo = { name: 'pie', description: '', settings_schema: schema({ type: {}, x: {}, value: {}, others: {} }, ['type', 'x']) }
const PIVOT: ChartTypeInfo = { name: 'pivot', description: '', settings_schema: schema({ type: {}, x: {}, series: {}, value: {} }, ['x', 'series']) }
const cols = [
  { id: 1, name: 'Customer', type: 'text', options: {} },
  { id: 2, name: 'Balance', type: 'number', options: {} },
] as unknown as Column[]

describe('the chart editor model', () => {
  it('shows the parts a type declares', () => {
    expect([...partsOf(BAR).shown]).toContain('series')
    expect(partsOf(PIE).shown.has('series')).toBe(false)
    expect(partsOf(PIVOT).required.has('series')).toBe(true)
    expect(choicesOf(BAR, 'value.aggregate')).toEqual(['count', 'sum', 'median'])
    expect(choicesOf(BAR, 'x.granularity')).toEqual(['day', 'month'])
  })

  it('keeps what the new type takes and fills what it requires', () => {
    const bar = { type: 'bar', x: { column_id: 1 }, series: { column_id: 2 }, value: { aggregate: 'sum', column_id: 2 }, goal: 5 }
    const pie = settingsForType(bar, PIE, cols)
    expect(pie).toEqual({ type: 'pie', x: { column_id: 1 }, value: { aggregate: 'sum', column_id: 2 }, goal: 5 })
    const pivot = settingsForType({ type: 'number', value: { aggregate: 'count', column_id: null } }, PIVOT, cols)
    expect(pivot.x?.column_id).toBe(1)
    expect(pivot.series?.column_id).toBe(2)
  })

  it('names several values, applies colours and labels «others»', () => {
    const data = {
      type: 'bar',
      categories: [{ key: 'a', label: 'a' }, { key: '__others__', label: '', others: true }],
      series: [{ key: 'value', label: '', data: [1, 2] }, { key: 'value1', label: '', data: [3, 4] }],
    }
    const out = dress(data, { type: 'bar', value: { aggregate: 'sum', column_id: 2 }, values: [{ aggregate: 'count', column_id: null }], colors: { value1: '#112233' } },
      { others: 'Others', valueName: (s) => s.aggregate })
    expect(out.series?.map((s) => [s.label, s.color])).toEqual([['sum', null], ['count', '#112233']])
    expect(out.categories?.[1].label).toBe('Others')
  })

  it('writes money in the chosen currency and decimals', () => {
    const f = chartFormat(null, { decimals: 0, currency: 'USD' }, 'en')
    expect(f).toMatchObject({ format: 'currency', currency_symbol: '$', currency_position: 'before', precision: 0 })
    expect(chartFormat({ format: 'decimal', precision: 2 }, null, 'ru')).toEqual({ format: 'decimal', precision: 2 })
    expect(fieldErrors({ 'settings.x.column_id': ['no such column'] })).toEqual({ 'x.column_id': 'no such column' })
  })
})
