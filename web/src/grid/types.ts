/** What the grid knows about column types: which are read-only, how values become text. */
import type { Column, Member, SelectOption } from '../api/types'
import { formatDate, formatDuration, formatNumber, numberForEditing } from '../format'
import { GEO_TYPE, pointText } from '../columns/geolocation'

export const READ_ONLY_TYPES = new Set([
  'auto-number',
  'ctime',
  'mtime',
  'creator',
  'last-modifier',
  'formula',
  'lookup',
  'rollup',
])

/** Values the server computes: shown with a lock hint, never edited. */
export const COMPUTED_TYPES = new Set(['auto-number', 'ctime', 'mtime', 'creator', 'last-modifier', 'formula', 'lookup', 'rollup'])

/** Types a person can pick when adding a column (computed types arrive with their own issues). */
export const CREATABLE_TYPES = [
  'text',
  'long-text',
  'number',
  'checkbox',
  'date',
  'duration',
  'single-select',
  'multiple-select',
  'email',
  'url',
  'phone',
  'rate',
  'collaborator',
  'auto-number',
  'file',
  'image',
  'ctime',
  'mtime',
  'creator',
  'last-modifier',
  GEO_TYPE,
] as const

/** Types edited only in their own popup (uploads, row pickers): never typed, pasted, filled or cleared as text. */
export const PICKED_TYPES = new Set(['link', 'file', 'image'])

/** Not writable by typing, paste, fill down or clearing a range. */
export function isReadOnly(col: Column): boolean {
  return col.read_only || READ_ONLY_TYPES.has(col.type) || PICKED_TYPES.has(col.type)
}

/** Whether a person with edit rights can change the cell at all (in its editor or the row form). */
export function isEditableType(col: Column): boolean {
  return !col.read_only && !READ_ONLY_TYPES.has(col.type)
}

export interface TextContext {
  locale: string
  timeZone?: string
  members: Member[]
}

export function selectOptions(col: Column): SelectOption[] {
  return (col.options?.options as SelectOption[] | undefined) ?? []
}

export function optionById(col: Column, id: unknown): SelectOption | undefined {
  return selectOptions(col).find((o) => o.id === id)
}

export function memberLabel(members: Member[], id: unknown): string {
  const m = members.find((x) => x.id === id)
  return m ? m.name || m.email : id === null || id === undefined ? '' : String(id)
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === null || v === undefined || v === '' ? [] : [v]
}

/** A value as display text (also the text copied to the clipboard for most types). */
/**
 * One value of a formula, rollup or lookup, shown as its result type: numbers in the column's
 * number format and the locale (339 200,00 ₽), dates in the locale, booleans as a tick; error
 * values (#DIV/0!) and text as they are.
 */
function computedText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' && value.startsWith('#')) return value
  switch (col.options?.result_type) {
    case 'number':
      return formatNumber(value, col.options, ctx.locale)
    case 'date':
      return formatDate(value, { format: null, include_time: false }, ctx.locale, ctx.timeZone) // the locale's format
    case 'bool':
      return value === true || value === 1 || value === 'true' ? '✓' : ''
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

export function displayText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  switch (col.type) {
    case 'number':
      return formatNumber(value, col.options, ctx.locale)
    case 'date':
      return formatDate(value, col.options, ctx.locale, ctx.timeZone)
    case 'ctime':
    case 'mtime':
      return formatDate(value, { format: null, include_time: true }, ctx.locale, ctx.timeZone)
    case 'duration':
      return formatDuration(value, col.options?.format)
    case 'checkbox':
      return value ? '✓' : ''
    case 'single-select':
      return optionById(col, value)?.name ?? ''
    case 'multiple-select':
      return asList(value)
        .map((v) => optionById(col, v)?.name)
        .filter(Boolean)
        .join(', ')
    case 'collaborator':
      return asList(value)
        .map((v) => memberLabel(ctx.members, v))
        .join(', ')
    case 'creator':
    case 'last-modifier':
      return memberLabel(ctx.members, value)
    case GEO_TYPE:
      return pointText(value) // also its clipboard text: the server's text form
    case 'rate':
      return '★'.repeat(Number(value) || 0)
    case 'link':
      return asList(value)
        .map((v) => (v && typeof v === 'object' ? String((v as { display_value?: unknown }).display_value ?? '') : String(v)))
        .join(', ')
    case 'formula':
    case 'rollup':
    case 'lookup':
      return Array.isArray(value) ? value.map((v) => computedText(col, v, ctx)).filter(Boolean).join(', ') : computedText(col, value, ctx)
    case 'file':
    case 'image':
      return asList(value)
        .map((f) => (f && typeof f === 'object' ? String((f as { name?: string }).name ?? '') : String(f)))
        .join(', ')
    default:
      if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
      if (typeof value === 'object') return JSON.stringify(value)
      return String(value)
  }
}

/**
 * A value as clipboard text that spreadsheets and this grid read back: numbers without
 * grouping in the locale's decimal, dates as shown, options and people by name or email.
 */
export function clipboardText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  switch (col.type) {
    case 'number': {
      const s = numberForEditing(value, col.options, ctx.locale)
      return col.options?.format === 'percent' ? s + '%' : s
    }
    case 'checkbox':
      return value ? 'true' : 'false'
    case 'rate':
      return String(value)
    case 'collaborator':
      return asList(value)
        .map((v) => ctx.members.find((m) => m.id === v)?.email ?? String(v))
        .join(', ')
    case 'creator':
    case 'last-modifier':
      return ctx.members.find((m) => m.id === value)?.email ?? String(value)
    default:
      return displayText(col, value, ctx)
  }
}

/** The value a cleared cell takes. */
export function emptyValue(col: Column): unknown {
  return col.type === 'checkbox' ? false : null
}
