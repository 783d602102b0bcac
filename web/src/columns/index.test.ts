import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { clipboardText, displayText, emptyValue, isEditableType, isReadOnly } from '../grid/types'
import { summaryKinds } from '../grid/summaries'
import { isDateColumn } from '../view/settings'
import { columnTypes, isListType } from './catalog'
import catalog from './catalog.json'
import { creatableTypes, importableTypes, typeModule, typeModules } from './index'

// catalog.json is the server's GET /api/column-types (tests/test_column_types.py keeps it so):
// a type the server registers without a web module fails here.
describe('the web registry and the server catalog', () => {
  const server = catalog.types.map((t) => t.id)
  const web = typeModules().map((m) => m.id)
  it('has one module for every server type and none the server lacks', () => {
    expect([...web].sort()).toEqual([...server].sort())
    expect(new Set(web).size).toBe(web.length)
  })
  it('is what the Vitest setup installs as the loaded catalog', () => {
    expect(columnTypes().map((t) => t.id)).toEqual(server)
  })
  it('gives every type a mark', () => {
    for (const m of typeModules()) expect(m.mark.trim(), m.id).not.toBe('')
  })
  it('gives the row form an input to every type a person writes', () => {
    for (const t of catalog.types) {
      if (!t.read_only) expect(typeModule(t.id).form, t.id).toBeDefined()
    }
  })
  it('picks list values only in their own widgets', () => {
    for (const m of typeModules()) {
      if (m.form?.input === 'files' || m.form?.input === 'link' || m.picked) expect(isListType(m.id), m.id).toBe(true)
    }
  })
})

const col = (type: string, options: Record<string, unknown> = {}): Column =>
  ({ id: 1, name: 'c', type, options, position: 0, is_primary: false, read_only: false, description: '' }) as Column

describe('what the app asks the catalog', () => {
  it('offers the server creatable types in the picker, link count among them', () => {
    expect(creatableTypes()).toContain('link-count')
    expect(creatableTypes()).toContain('geolocation')
    expect(creatableTypes().slice(0, 3)).toEqual(['text', 'long-text', 'number'])
  })
  it('imports only into types that read text', () => {
    const importable = importableTypes()
    expect(importable).toContain('geolocation')
    for (const ty of ['file', 'image', 'link', 'collaborator', 'formula', 'auto-number', 'ctime']) expect(importable).not.toContain(ty)
  })
  it('treats every computed type as read-only, link count too', () => {
    expect(isEditableType(col('link-count'))).toBe(false)
    expect(isReadOnly(col('link-count'))).toBe(true)
    expect(isReadOnly(col('file'))).toBe(true) // picked in its popup, never typed
  })
  it('reads summaries and date columns from the catalog', () => {
    expect(summaryKinds(col('rate'))).toContain('median')
    expect(summaryKinds(col('ctime'))).toEqual(['count', 'empty', 'filled', 'unique', 'earliest', 'latest'])
    expect(summaryKinds(col('rollup', { result_type: 'date' }))).toContain('earliest')
    expect(isDateColumn(col('mtime'))).toBe(true)
    expect(isDateColumn(col('lookup', { result_type: 'date' }))).toBe(true)
    expect(isDateColumn(col('number'))).toBe(false)
  })
  it('shows a type this web app does not know as plain text', () => {
    const ctx = { locale: 'en', members: [] }
    expect(typeModule('kanban-card').mark).toBe('·')
    expect(displayText(col('kanban-card'), { a: 1 }, ctx)).toBe('{"a":1}')
    expect(clipboardText(col('kanban-card'), 'x', ctx)).toBe('x')
    expect(emptyValue(col('kanban-card'))).toBeNull()
  })
})
