/** Vitest setup: the committed copy of the server's column-type catalog, installed as if loaded. */
import { setColumnTypes, type ColumnTypeInfo } from './catalog'
import catalog from './catalog.json'

setColumnTypes(catalog.types as ColumnTypeInfo[])
