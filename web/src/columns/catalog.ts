/**
 * The server's column-type catalog (GET /api/column-types, server/api/column_types.py), loaded
 * once before the app mounts (main.ts). It answers what the server decides about a type: whether
 * a person may create it, whether its cells are read-only or computed, whether its value is a
 * list, its operator family and its footer summaries. The Vitest setup installs the committed
 * copy (catalog.json, kept equal to the live endpoint by tests/test_column_types.py).
 */
import { http } from '../api/client'

/** One entry of GET /api/column-types (the fields the web app reads). */
export interface ColumnTypeInfo {
  id: string
  family: string | null
  list_value: boolean
  creatable: boolean
  read_only: boolean
  computed: boolean
  system: boolean
  summaries: string[] | null
}

let types: ColumnTypeInfo[] = []
let byId = new Map<string, ColumnTypeInfo>()

/** Installs a catalog (the loaded one, or the committed copy in tests). */
export function setColumnTypes(list: ColumnTypeInfo[]): void {
  types = [...list]
  byId = new Map(list.map((t) => [t.id, t]))
}

/** Loads the catalog from the server (once; later calls reuse it). */
let loading: Promise<void> | null = null
export function loadColumnTypes(): Promise<void> {
  loading ??= http.get<{ types: ColumnTypeInfo[] }>('/column-types').then((r) => setColumnTypes(r.types))
  return loading
}

/** Every type the server has, in its registration order. */
export function columnTypes(): readonly ColumnTypeInfo[] {
  return types
}

export function columnTypeInfo(type: string): ColumnTypeInfo | undefined {
  return byId.get(type)
}

/** The server writes its cells (auto numbers, system fields, computed values): never edited. */
export function isReadOnlyType(type: string): boolean {
  return byId.get(type)?.read_only ?? false
}

/** A computed column (formula, lookup, rollup, link count): it behaves like its result type. */
export function isComputedType(type: string): boolean {
  return byId.get(type)?.computed ?? false
}

/** A type a person may add as a column. */
export function isCreatableType(type: string): boolean {
  return byId.get(type)?.creatable ?? false
}

/** Values are JSON lists (multiple select, people, files, links, lookups). */
export function isListType(type: string): boolean {
  return byId.get(type)?.list_value ?? false
}

/** The operator family (text, number, date, select, list, user, checkbox, files, presence). */
export function typeFamily(type: string): string | null {
  return byId.get(type)?.family ?? null
}

