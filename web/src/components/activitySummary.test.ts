import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n'
import type { LogEntry } from '../api/trash'
import { summarize, type Names } from './activitySummary'

const names: Names = {
  table: (id) => ({ 1: 'Clients' } as Record<number, string>)[id],
  column: (id) => ({ 5: 'Phone' } as Record<number, string>)[id],
  view: () => undefined,
}

function entry(type: string, payload: Record<string, unknown>, kind = 'do'): LogEntry {
  return { id: 1, version: 1, type, kind, target_id: null, undone: false, client_id: null, payload, summary: null, user: null, created_at: '2024-01-01T00:00:00.000000Z' }
}

function say(locale: 'en' | 'ru', e: LogEntry): string {
  i18n.global.locale.value = locale
  return summarize(e, names, i18n.global.t as never)
}

describe('activity summaries', () => {
  it('say what was done, in both languages, with plurals', () => {
    expect(say('en', entry('insert_rows', { table_id: 1, rows: [{}, {}, {}] }))).toBe('Added 3 rows to Clients')
    expect(say('ru', entry('insert_rows', { table_id: 1, rows: [{}, {}, {}] }))).toBe('Добавлены 3 строки в Clients')
    expect(say('en', entry('delete_rows', { table_id: 1, row_ids: ['a'] }))).toBe('Deleted 1 row from Clients')
    expect(say('ru', entry('restore_rows', { table_id: 1, row_ids: ['a', 'b', 'c', 'd', 'e'] }))).toBe('Из корзины восстановлено 5 строк в Clients')
    expect(say('en', entry('modify_column', { table_id: 1, column_id: 5, name: 'Mobile' }))).toBe('Renamed a column of Clients to «Mobile»')
    expect(say('en', entry('delete_column', { table_id: 1, column_id: 5 }))).toBe('Deleted the column «Phone» of Clients')
    expect(say('en', entry('modify_table', { table_id: 1, record_date_column_id: 5 }))).toBe('Set the record date of Clients')
    expect(say('ru', entry('modify_table', { table_id: 1, record_date_column_id: null }))).toBe('Изменена дата записи таблицы Clients')
  })

  it('name what is no longer known by its id, and mark undo and redo', () => {
    expect(say('en', entry('delete_table', { table_id: 9 }))).toBe('Deleted the table «#9»')
    expect(say('en', entry('delete_rows', { table_id: 1, row_ids: ['a', 'b'] }, 'undo'))).toBe('Undone: Deleted 2 rows from Clients')
    expect(say('ru', entry('add_chart', {}))).toBe('Изменена база (add_chart)')
  })
})
