/**
 * Column constraints (required, unique, default value) as the server keeps them in a column's
 * options (`options.constraints`, server/constraints/rules.py), which types take which, and the
 * refusal of a write that breaks one, in the interface language.
 */
import { ApiError } from './api/client'
import type { Column } from './api/types'

export interface Constraints {
  required?: boolean
  unique?: boolean
  default?: unknown
  default_dynamic?: 'today' | 'me' | null
}

/** One row breaking a constraint, as the server lists it (a 422 on a write, a 409 on turning a rule on). */
export interface Violation {
  row_id: string
  label: string
  column_id: number
  column: string
  rule: 'required' | 'unique'
  value: string | null
}

/** Types whose cells a person writes (the server's `writable`): they take required and a default. */
export const WRITABLE_TYPES = [
  'text', 'long-text', 'number', 'checkbox', 'date', 'duration', 'single-select', 'multiple-select', 'email', 'url',
  'phone', 'rate', 'collaborator', 'file', 'image', 'geolocation',
]
/** Types that may be unique (one value per cell: text, numbers, dates, a single option). */
export const UNIQUE_TYPES = ['text', 'long-text', 'number', 'date', 'duration', 'single-select', 'email', 'url', 'phone', 'rate']
/** Types whose default value is typed in as text (the server converts it like a pasted value). */
export const TYPED_DEFAULT_TYPES = ['text', 'long-text', 'number', 'duration', 'single-select', 'email', 'url', 'phone', 'rate']

export function canRequire(type: string): boolean {
  return WRITABLE_TYPES.includes(type) && type !== 'checkbox'
}

export function canBeUnique(type: string): boolean {
  return UNIQUE_TYPES.includes(type)
}

export function constraintsOf(col: Column | null | undefined): Constraints {
  const c = col?.options?.constraints
  return c && typeof c === 'object' ? (c as Constraints) : {}
}

/** Only what is set, as the server stores it ({} clears every constraint). */
export function cleanConstraints(c: Constraints): Constraints {
  const out: Constraints = {}
  if (c.required) out.required = true
  if (c.unique) out.unique = true
  if (c.default_dynamic) out.default_dynamic = c.default_dynamic
  else if (c.default !== undefined && c.default !== null && c.default !== '') out.default = c.default
  return out
}

/** The rows a refusal lists (empty when the error is not about constraints). */
export function violationsOf(e: unknown): Violation[] {
  if (!(e instanceof ApiError) || !e.code.startsWith('constraint')) return []
  const v = (e.fields as Record<string, unknown>).violations
  return Array.isArray(v) ? (v as Violation[]) : []
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** A constraint's refusal in the interface language: which column, which value, how many rows. */
export function constraintMessage(e: unknown, t: Translate): string {
  const list = violationsOf(e)
  const first = list[0]
  if (!first) return ''
  const key = (v: Violation) => (v.value ?? '').trim().toLocaleLowerCase()
  const rows = list.filter((v) => v.rule === first.rule && key(v) === key(first)).length
  const group = (e as ApiError).code === 'constraint_conflict' ? 'constraints.conflict' : 'constraints.refused'
  return first.rule === 'required'
    ? t(`${group}.required`, { column: first.column, n: list.filter((v) => v.rule === 'required').length })
    : t(`${group}.unique`, { column: first.column, value: (first.value ?? '').trim(), n: rows })
}

/** The cell a write's refusal points at: its row id and column field (the column id as text). */
export function refusedCell(e: unknown): { rowId: string; field: string } | null {
  const first = violationsOf(e)[0]
  return first ? { rowId: first.row_id, field: String(first.column_id) } : null
}
