/**
 * The web registry of column types: one module per server type (server/columns/registry.py),
 * in the order the type picker offers them. Adding a type is one module in this folder and one
 * line here; web/src/columns/index.test.ts fails while a type of the server's catalog
 * (catalog.json) has no module here.
 */
import type { Column } from '../api/types'
import { autoNumber } from './auto-number'
import { isCreatableType } from './catalog'
import { checkbox } from './checkbox'
import { collaborator } from './collaborator'
import { creator } from './creator'
import { ctime } from './ctime'
import { date } from './date'
import { duration } from './duration'
import { email } from './email'
import { file } from './file'
import { formula } from './formula'
import { geolocation } from './geolocation'
import { image } from './image'
import { lastModifier } from './last-modifier'
import { link } from './link'
import { linkCount } from './link-count'
import { longText } from './long-text'
import { lookup } from './lookup'
import type { ColumnTypeModule } from './module'
import { multipleSelect } from './multiple-select'
import { mtime } from './mtime'
import { number } from './number'
import { phone } from './phone'
import { rate } from './rate'
import { rollup } from './rollup'
import { singleSelect } from './single-select'
import { text } from './text'
import { url } from './url'

/**
 * Every type module, in the picker's order. A function, read on first use: the modules use the
 * grid's widgets, which show values through these modules, so the imports form a cycle that
 * only module-level reads would trip over.
 */
export function typeModules(): readonly ColumnTypeModule[] {
  return [
    text,
    longText,
    number,
    checkbox,
    date,
    duration,
    singleSelect,
    multipleSelect,
    email,
    url,
    phone,
    rate,
    collaborator,
    file,
    image,
    geolocation,
    link,
    lookup,
    rollup,
    formula,
    linkCount,
    autoNumber,
    ctime,
    mtime,
    creator,
    lastModifier,
  ]
}

let byId: Map<string, ColumnTypeModule> | null = null

/** A type a newer server has and this web app does not know: shown as plain text, never edited. */
const UNKNOWN: ColumnTypeModule = { id: '', mark: '·' }

/** The module of a type id. */
export function typeModule(type: string): ColumnTypeModule {
  byId ??= new Map(typeModules().map((m) => [m.id, m]))
  return byId.get(type) ?? UNKNOWN
}

/** The module of a column's type. */
export function columnModule(col: Pick<Column, 'type'>): ColumnTypeModule {
  return typeModule(col.type)
}

/** The types a person may add as a column, in the picker's order. */
export function creatableTypes(): string[] {
  return typeModules().filter((m) => isCreatableType(m.id)).map((m) => m.id)
}

/** The types an import may create (it converts the file's text into them). */
export function importableTypes(): string[] {
  return typeModules().filter((m) => m.importable && isCreatableType(m.id)).map((m) => m.id)
}

