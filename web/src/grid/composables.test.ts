/**
 * The pure parts of GridView's composables (use*.ts): what each section decides without a
 * browser — selection ranges, the outbox's order and coalescing, range writes and paste
 * mapping, keys, column layout, row moves, group headers, search keys and live changes.
 * The DOM and AG Grid sides are covered by the browser tests (tests/browser/).
 */
import { describe, expect, it } from 'vitest'
import type { Column, Row } from '../api/types'
import type { HeaderEntry } from './groups'
import type { PendingEdit } from './outbox'
import { frozenCountOf, orderChanged, resizedWidths, viewColumnOrder } from './useColumnLayout'
import { batchActions, dropSent, pendingKey, rowsToSend } from './useEdits'
import { chunk, isDataColId } from './useGridCore'
import { groupHeaderParts } from './useGroupHeaders'
import { documentCommand, gridCommand } from './useKeyboard'
import { changedCells } from './useLiveCells'
import { clearUpdates, copiedUpdates, pasteValue, pasteWrites, toggledUpdates } from './useRangeEdits'
import { landingTop, movedBlock, pressKeepsRows } from './useRowDrag'
import { searchBoxKey } from './useSearch'
import { followFocus, rangeRect, rowsSelection, selectionInfo } from './useSelection'
import { summaryText } from './useSummaries'

const col = (id: number, type: string, extra: Partial<Column> = {}): Column =>
  ({ id, name: 'c' + id, type, options: {}, position: id, is_primary: false, read_only: false, description: '', ...extra }) as Column
const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
})

describe('selection', () => {
  const cell = (row: number, c: number) => ({ row, col: c })
  it('paints a range only when it spans more than one cell', () => {
    expect(rangeRect(null)).toBeNull()
    expect(rangeRect({ anchor: cell(2, 1), focus: cell(2, 1) })).toBeNull()
    expect(rangeRect({ anchor: cell(4, 3), focus: cell(2, 1) })).toEqual({ top: 2, bottom: 4, left: 1, right: 3 })
  })
  it('reports rows, cells and whole rows', () => {
    expect(selectionInfo(null, true)).toEqual({ rows: 0, cells: 0, wholeRows: false })
    expect(selectionInfo({ anchor: cell(5, 0), focus: cell(3, 2) }, false)).toEqual({ rows: 3, cells: 9, wholeRows: false })
    expect(selectionInfo(rowsSelection(1, 2, 4), true)).toEqual({ rows: 2, cells: 10, wholeRows: true })
  })
  it('selects whole rows from the anchor row to the pressed one', () => {
    expect(rowsSelection(7, 3, 5)).toEqual({ anchor: { row: 7, col: 0 }, focus: { row: 3, col: 5 } })
  })
  it('a one-cell selection follows the focus; a range stays', () => {
    expect(followFocus(null, cell(1, 1))).toEqual({ anchor: cell(1, 1), focus: cell(1, 1) })
    expect(followFocus({ anchor: cell(0, 0), focus: cell(0, 0) }, cell(1, 2))).toEqual({ anchor: cell(1, 2), focus: cell(1, 2) })
    expect(followFocus({ anchor: cell(1, 2), focus: cell(1, 2) }, cell(1, 2))).toBeNull()
    expect(followFocus({ anchor: cell(0, 0), focus: cell(3, 3) }, cell(5, 5))).toBeNull()
  })
})

describe('edits and the outbox', () => {
  it('sends one update per row, rows in the order first edited, the last value of a cell', () => {
    const pending = new Map<string, PendingEdit>()
    const put = (rowId: string, field: string, value: unknown) => pending.set(pendingKey(rowId, field), { rowId, field, value })
    put('r2', '7', 'a')
    put('r1', '7', 'b')
    put('r2', '8', 5)
    put('r2', '7', 'a2')
    expect(rowsToSend(pending.values())).toEqual([
      { _id: 'r2', 7: 'a2', 8: 5 },
      { _id: 'r1', 7: 'b' },
    ])
  })
  it('keeps an edit typed again while the send was on its way', () => {
    const first = { rowId: 'r1', field: '7', value: 'old' }
    const other = { rowId: 'r2', field: '7', value: 'x' }
    const pending = new Map([
      [pendingKey('r1', '7'), first],
      [pendingKey('r2', '7'), other],
    ])
    const sent = new Map(pending)
    pending.set(pendingKey('r1', '7'), { rowId: 'r1', field: '7', value: 'new' })
    dropSent(pending, sent)
    expect([...pending.values()]).toEqual([{ rowId: 'r1', field: '7', value: 'new' }])
  })
  it('splits range writes into actions of at most 1,000 rows', () => {
    const updates = Array.from({ length: 1500 }, (_, i) => ({ _id: 'r' + i }) as Row)
    const acts = batchActions(3, updates, [{ 1: 'x' }])
    expect(acts.map((a) => [a.type, (a.rows as unknown[]).length])).toEqual([
      ['update_rows', 1000],
      ['update_rows', 500],
      ['insert_rows', 1],
    ])
    expect(acts.every((a) => a.table_id === 3 && a.create_options === true)).toBe(true)
    expect(batchActions(3, [])).toEqual([])
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]])
  })
  it('knows data columns by their id', () => {
    expect(['c12', '__row', '__add', 'c'].map(isDataColId)).toEqual([true, false, false, false])
  })
})

describe('paste, fill and clear', () => {
  const text = col(1, 'text')
  const check = col(2, 'checkbox')
  const auto = col(3, 'auto-number')
  const rows: Row[] = [
    { _id: 'a', 1: 'x', 2: true },
    { _id: 'b', 1: 'y', 2: false },
  ]
  it('maps a pasted block onto existing rows, then new ones; read-only columns are skipped', () => {
    const w = pasteWrites([['p', 'q', 'r'], ['s', 't', 'u'], ['v', 'w', 'z']], [text, auto, undefined], rows, (_c, s) => s.toUpperCase())
    expect(w.updates).toEqual([
      { _id: 'a', 1: 'P' },
      { _id: 'b', 1: 'S' },
    ])
    expect(w.inserts).toEqual([{ 1: 'V' }])
  })
  it('reads pasted numbers and dates in the interface language; other text goes as pasted', () => {
    const num = col(4, 'number')
    expect(pasteValue(num, '1 234,5', 'ru')).toBe(1234.5)
    expect(pasteValue(num, '1,234.5', 'en')).toBe(1234.5)
    expect(pasteValue(num, 'много', 'ru')).toBe('много')
    expect(pasteValue(num, ' ', 'ru')).toBeNull()
    const date = col(5, 'date')
    expect(pasteValue(date, '15.01.2027', 'ru', 'UTC')).toBe('2027-01-15')
    expect(pasteValue(date, 'завтра', 'ru', 'UTC')).toBe('завтра')
    expect(pasteValue(check, '  ', 'en')).toBe(false)
    expect(pasteValue(text, '  ', 'en')).toBeNull()
    expect(pasteValue(text, 'как есть ', 'en')).toBe('как есть ')
  })
  it('clears to each type’s empty value', () => {
    expect(clearUpdates(rows, [text, check])).toEqual([
      { _id: 'a', 1: null, 2: false },
      { _id: 'b', 1: null, 2: false },
    ])
  })
  it('copies source values over the targets, repeating a pattern', () => {
    const list: Row[] = [{ _id: 's1', 1: 'A' }, { _id: 's2' }, { _id: 't1', 1: 'old' }, { _id: 't2' }, { _id: 't3' }]
    const updates = copiedUpdates(list.slice(2), (i) => list[i % 2], [text, check])
    expect(updates).toEqual([
      { _id: 't1', 1: 'A', 2: false },
      { _id: 't2', 1: null, 2: false },
      { _id: 't3', 1: 'A', 2: false },
    ])
  })
  it('toggles checkboxes to the opposite of the first one', () => {
    expect(toggledUpdates(rows, [check])).toEqual([
      { _id: 'a', 2: false },
      { _id: 'b', 2: false },
    ])
  })
})

describe('keys', () => {
  it('maps shortcuts, Russian layout included', () => {
    expect(gridCommand(key('z', { ctrl: true }))).toEqual({ do: 'undo' })
    expect(gridCommand(key('Я', { meta: true, shift: true }))).toEqual({ do: 'redo' })
    expect(gridCommand(key('н', { ctrl: true }))).toEqual({ do: 'redo' })
    expect(gridCommand(key('ArrowLeft', { shift: true }))).toEqual({ do: 'extend', dir: 'left', toEdge: false })
    expect(gridCommand(key('ArrowDown', { shift: true, ctrl: true }))).toEqual({ do: 'extend', dir: 'down', toEdge: true })
    expect(gridCommand(key('ф', { ctrl: true }))).toEqual({ do: 'selectAll' })
    expect(gridCommand(key('в', { ctrl: true }))).toEqual({ do: 'fillDown' })
    expect(gridCommand(key('Backspace'))).toEqual({ do: 'clear' })
    expect(gridCommand(key(' '))).toEqual({ do: 'toggle' })
    expect(gridCommand(key('Enter'))).toEqual({ do: 'enter' })
  })
  it('leaves the grid’s own keys alone', () => {
    expect(gridCommand(key('ArrowLeft'))).toBeNull()
    expect(gridCommand(key('Delete', { ctrl: true }))).toBeNull()
    expect(gridCommand(key('Enter', { shift: true }))).toBeNull()
    expect(gridCommand(key('a'))).toBeNull()
  })
  it('Tab moves while editing, Ctrl+F finds; with other modifiers neither', () => {
    expect(documentCommand(key('Tab'))).toBe('tab-next')
    expect(documentCommand(key('Tab', { shift: true }))).toBe('tab-prev')
    expect(documentCommand(key('Tab', { ctrl: true }))).toBeNull()
    expect(documentCommand(key('f', { ctrl: true }))).toBe('find')
    expect(documentCommand(key('А', { meta: true }))).toBe('find')
    expect(documentCommand(key('f', { ctrl: true, alt: true }))).toBeNull()
    expect(documentCommand(key('f'))).toBeNull()
  })
  it('steps through search hits from the search box', () => {
    expect(searchBoxKey(key('Enter'))).toBe(1)
    expect(searchBoxKey(key('Enter', { shift: true }))).toBe(-1)
    expect(searchBoxKey(key('ArrowUp'))).toBe(-1)
    expect(searchBoxKey(key('ArrowDown'))).toBe(1)
    expect(searchBoxKey(key('Escape'))).toBe('close')
    expect(searchBoxKey(key('x'))).toBeNull()
  })
})

describe('column layout', () => {
  it('saves a dragged order with hidden columns keeping their places', () => {
    expect(orderChanged([1, 2, 3], [1, 2, 3])).toBe(false)
    expect(orderChanged([1, 2, 3], [1, 2])).toBe(false)
    expect(orderChanged([1, 2, 3], [1, 3, 2])).toBe(true)
    expect(viewColumnOrder({ column_order: [1, 9, 2, 3] }, [1, 2, 3], [1, 3, 2])).toEqual([1, 9, 3, 2])
    expect(viewColumnOrder({ hidden_columns: [9] }, [1, 2, 3], [3, 1, 2])).toEqual([3, 1, 2, 9])
  })
  it('keeps resized widths within 20–2,000 px and says when nothing changed', () => {
    expect(resizedWidths({ 1: 100 }, [{ colId: 'c1', width: 100 }, { colId: '__row', width: 5 }])).toBeNull()
    expect(resizedWidths({ 1: 100 }, [{ colId: 'c2', width: 5 }, { colId: 'c3', width: 9000.4 }])).toEqual({ 1: 100, 2: 20, 3: 2000 })
  })
  it('freezes at least the primary column', () => {
    expect(frozenCountOf(null, 3)).toBe(3)
    expect(frozenCountOf({}, 3)).toBe(1)
    expect(frozenCountOf({ frozen_count: 0 }, 3)).toBe(1)
    expect(frozenCountOf({ frozen_count: 2 }, 5)).toBe(2)
  })
})

describe('row drag', () => {
  const r = { top: 2, bottom: 4, left: 0, right: 3 }
  it('keeps selected rows when one of them is pressed', () => {
    expect(pressKeepsRows(true, false, r, 3)).toBe(true)
    expect(pressKeepsRows(true, true, r, 3)).toBe(false)
    expect(pressKeepsRows(false, false, r, 3)).toBe(false)
    expect(pressKeepsRows(true, false, { ...r, bottom: 2 }, 2)).toBe(false)
  })
  it('moves the selected rows, or the pressed one', () => {
    expect(movedBlock(3, r, true)).toEqual({ top: 2, bottom: 4 })
    expect(movedBlock(6, r, true)).toEqual({ top: 6, bottom: 6 })
    expect(movedBlock(3, r, false)).toEqual({ top: 3, bottom: 3 })
  })
  it('lands the moved rows where they were dropped', () => {
    // Rows 2–4 dropped after row 7: rows 5–7 move up, the block starts at 5.
    expect(landingTop({ row: 7, before: false }, 4, 3)).toBe(5)
    expect(landingTop({ row: 7, before: true }, 4, 3)).toBe(4)
    expect(landingTop({ row: 0, before: true }, 4, 3)).toBe(0)
    expect(landingTop({ row: 0, before: false }, 4, 3)).toBe(1)
  })
})

describe('group headers and summaries', () => {
  const money = col(1, 'number', { name: 'Сумма' })
  const status = col(2, 'text', { name: 'Статус' })
  const entry = (value: unknown, summaries = {}): HeaderEntry => ({
    kind: 'header',
    depth: 0,
    path: '/x',
    group: { column_id: 2, value, count: 3, start: 0, summaries },
  })
  const text = {
    value: (_c: Column, v: unknown) => `«${v}»`,
    summary: (_c: Column, kind: string, v: unknown) => `${kind}=${v}`,
    empty: '(пусто)',
    count: (n: number) => `${n} строки`,
    kind: (k: string) => k.toUpperCase(),
  }
  it('shows the column, the value, the count and the summaries (a sum without its kind)', () => {
    const parts = groupHeaderParts(entry('Новый', { 1: { summary: 'sum', value: 10 }, 9: { summary: 'sum', value: 1 } }), [money, status], true, text)
    expect(parts).toEqual([
      { cls: 'chevron', text: '▾' },
      { cls: 'group-col', text: 'Статус' },
      { cls: 'group-value', text: '«Новый»' },
      { cls: 'group-count', text: '3 строки' },
      { cls: 'group-summary', text: 'Сумма: sum=10' },
    ])
    const avg = groupHeaderParts(entry('', { 1: { summary: 'average', value: 2 } }), [money, status], false, text)
    expect(avg[0].text).toBe('▸')
    expect(avg[2]).toEqual({ cls: 'group-value empty', text: '(пусто)' })
    expect(avg[4].text).toBe('Сумма · AVERAGE: average=2')
  })
  it('reads counts as whole numbers and other summaries in the column’s format', () => {
    const ctx = { locale: 'ru', timeZone: 'UTC', members: [] }
    expect(summaryText(money, 'count', 1234, ctx)).toMatch(/^1\s234$/)
    expect(summaryText(money, 'sum', null, ctx)).toBe('—')
    expect(summaryText(col(3, 'date'), 'earliest', '2026-03-01', ctx)).toBe('01.03.2026')
  })
})

describe('live cells', () => {
  it('names the cells another person changed', () => {
    expect(changedCells({ _id: 'r', 1: 'a', 2: [1, 2], 3: null, _color: 'red' }, { _id: 'r', 1: 'a', 2: [1, 3] })).toEqual(['2', '3'])
  })
})
