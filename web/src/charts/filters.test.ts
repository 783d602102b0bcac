import { describe, expect, it } from 'vitest'
import type { Table } from '../api/types'
import { columnIn, filterActions, filtersOf, isActive, type DashboardFilter } from './filters'

const table = (id: number, cols: [number, string, string][]): Table =>
  ({ id, name: `T${id}`, columns: cols.map(([cid, name, type]) => ({ id: cid, name, type, options: {} })) }) as unknown as Table

describe('dashboard filters', () => {
  const manager: DashboardFilter = { label: 'Manager', kind: 'value', columns: [{ table_id: 1, column_id: 11 }], match: 'менеджер', value: 'Иванов' }
  it('finds the column listed for a table, else the one named by match, folding case', () => {
    expect(columnIn(table(1, [[11, 'Owner', 'text']]), manager)?.id).toBe(11)
    expect(columnIn(table(2, [[21, 'Менеджер', 'text']]), manager)?.id).toBe(21)
    expect(columnIn(table(3, [[31, 'Amount', 'number']]), manager)).toBeUndefined()
  })
  it('is active with a value or either end of a range', () => {
    expect(isActive(manager)).toBe(true)
    expect(isActive({ ...manager, value: '' })).toBe(false)
    expect(isActive({ label: 'P', kind: 'date', columns: [], value: { from: null, to: '2026-01-31' } })).toBe(true)
    expect(isActive({ label: 'P', kind: 'date', columns: [], value: { from: null, to: null } })).toBe(false)
  })
  it('writes the filters to every chart of the dashboard in one batch, reads them from the first', () => {
    const charts = [{ id: 1, settings: { type: 'bar', value: { aggregate: 'count', column_id: null } } },
      { id: 2, settings: { type: 'pie', value: { aggregate: 'count', column_id: null }, dashboard_filters: [manager] } }]
    const batch = filterActions(charts, [manager])
    expect(batch.type).toBe('batch')
    expect(batch.actions.map((a) => [a.chart_id, a.settings.dashboard_filters])).toEqual([[1, [manager]], [2, [manager]]])
    expect(filtersOf([charts[1]])).toEqual([manager])
    expect(filtersOf([])).toEqual([])
  })
})
