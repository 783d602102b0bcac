import { describe, expect, it } from 'vitest'
import {
  addCondition,
  addGroup,
  canNest,
  countConditions,
  emptyGroup,
  errorsByKey,
  fromServer,
  MAX_DEPTH,
  newCondition,
  removeNode,
  toServer,
  type FilterCondition,
} from './filters'
import { moveItem, orderedColumns, ruleCounts, valueKind, visibleColumns, type OperatorCatalog } from './settings'
import type { Column } from '../api/types'

// value kinds as /api/filter-operators gives them: column 1 text, 2 number, 3 date
const kinds: Record<number, Record<string, string>> = {
  1: { contains: 'text', empty: 'none' },
  2: { gt: 'number', eq: 'number', empty: 'none' },
  3: { is_before: 'date' },
}
const kindOf = (c: FilterCondition) => (c.column_id === null ? undefined : kinds[c.column_id]?.[c.operator])

describe('filter tree', () => {
  it('reads the server tree, nested groups and a bare list', () => {
    const root = fromServer({
      conjunction: 'or',
      filters: [
        { column_id: 1, operator: 'contains', value: 'ООО' },
        { conjunction: 'and', filters: [{ column_id: 2, operator: 'gt', value: 10 }] },
      ],
    })
    expect(root.conjunction).toBe('or')
    expect(root.children.map((c) => c.kind)).toEqual(['condition', 'group'])
    expect(countConditions(root)).toBe(2)
    const list = fromServer([{ column_id: 2, operator: 'empty' }])
    expect(list.conjunction).toBe('and')
    expect(countConditions(list)).toBe(1)
    expect(countConditions(fromServer(null))).toBe(0)
  })

  it('round-trips to the server shape', () => {
    const server = {
      conjunction: 'and',
      filters: [
        { column_id: 1, operator: 'contains', value: 'x' },
        { conjunction: 'or', filters: [{ column_id: 2, operator: 'gt', value: 10 }, { column_id: 3, operator: 'is_before', value: { term: 'days_ago', days: 3 } }] },
      ],
    }
    expect(toServer(fromServer(server), kindOf).settings).toEqual(server)
  })

  it('adds conditions and nested groups, and removes them', () => {
    const root = emptyGroup()
    const c = addCondition(root, root.key, newCondition(2, 'gt', 10))!
    const g = addGroup(root, root.key)!
    expect(g.conjunction).toBe('or')
    addCondition(root, g.key, newCondition(1, 'empty'))
    expect(countConditions(root)).toBe(3) // the group starts with one blank condition
    expect(toServer(root, kindOf).settings).toEqual({
      conjunction: 'and',
      filters: [
        { column_id: 2, operator: 'gt', value: 10 },
        { conjunction: 'or', filters: [{ column_id: 1, operator: 'empty' }] },
      ],
    })
    removeNode(root, c.key)
    expect(countConditions(root)).toBe(2)
    // removing the last conditions of a sub-group removes the group too
    for (const n of [...g.children]) removeNode(root, n.key)
    expect(root.children).toEqual([])
    expect(toServer(root, kindOf).settings).toBeNull()
  })

  it('does not nest deeper than the server allows', () => {
    const root = emptyGroup()
    let g = root
    for (let depth = 1; depth < MAX_DEPTH; depth++) g = addGroup(root, g.key)!
    expect(canNest(root, g.key)).toBe(false)
    expect(addGroup(root, g.key)).toBeNull()
  })

  it('leaves out unfinished conditions and empty groups, keeping server paths right', () => {
    const root = emptyGroup()
    addCondition(root, root.key, newCondition()) // no column
    addCondition(root, root.key, newCondition(2, 'gt', '')) // no value yet
    const sub = addGroup(root, root.key)! // one blank condition only
    const ok = addCondition(root, root.key, newCondition(2, 'gt', 'abc'))!
    const { settings, paths } = toServer(root, kindOf)
    expect(settings).toEqual({ conjunction: 'and', filters: [{ column_id: 2, operator: 'gt', value: 'abc' }] })
    expect(paths.get('filters.filters[0]')).toBe(ok.key)
    expect([...paths.values()]).not.toContain(sub.key)
    // a 422 from the server lands on that condition
    const errs = errorsByKey({ 'settings.filters.filters[0].value': ['"abc" is not a number'] }, paths)
    expect(errs.get(ok.key)).toBe('"abc" is not a number')
  })
})

describe('view columns and lists', () => {
  const col = (id: number, position: number, primary = false) =>
    ({ id, name: `c${id}`, type: 'text', options: {}, position, is_primary: primary, read_only: false, description: '' }) as Column
  const cols = [col(1, 0, true), col(2, 1), col(3, 2), col(4, 3)]

  it('orders and hides columns as the view says; the primary column stays first and visible', () => {
    expect(orderedColumns(cols, { column_order: [4, 2] }).map((c) => c.id)).toEqual([1, 4, 2, 3])
    expect(visibleColumns(cols, { column_order: [4, 2], hidden_columns: [2, 1] }).map((c) => c.id)).toEqual([1, 4, 3])
    expect(visibleColumns(cols, null).map((c) => c.id)).toEqual([1, 2, 3, 4])
  })

  it('moves items and counts rules for the badges', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b'])
    const counts = ruleCounts(
      { sorts: [{ column_id: 2, direction: 'asc' }], hidden_columns: [3, 4], row_colors: { type: 'rules', rules: [{ filters: {}, color: '#ff0000' }] } },
      (raw) => countConditions(fromServer(raw)),
    )
    expect(counts).toEqual({ filters: 0, sorts: 1, groups: 0, hidden: 2, colors: 1 })
  })
})

describe('conditions on deleted columns', () => {
  const catalog: OperatorCatalog = {
    types: { number: [{ name: 'gt', value: 'number', label: '>' }, { name: 'empty', value: 'none', label: 'is empty' }] },
    date_terms: [],
  }
  const amount = { id: 2, name: 'Amount', type: 'number', options: {}, position: 1, is_primary: false, read_only: false, description: '' } as Column

  it('are saved back unchanged, next to finished and unfinished conditions', () => {
    const kind = (c: FilterCondition) => valueKind(catalog, [amount], c)
    const root = fromServer({ conjunction: 'and', filters: [{ column_id: 99, operator: 'is', value: 'x' }, { column_id: 99, operator: 'empty' }] })
    addCondition(root, root.key, newCondition(2, 'gt', 5))
    addCondition(root, root.key, newCondition(2, 'gt', ''))
    expect(kind(newCondition(2, 'empty'))).toBe('none')
    expect(kind(newCondition(null))).toBeUndefined()
    expect(toServer(root, kind).settings?.filters).toEqual([
      { column_id: 99, operator: 'is', value: 'x' },
      { column_id: 99, operator: 'empty' },
      { column_id: 2, operator: 'gt', value: 5 },
    ])
  })
})
