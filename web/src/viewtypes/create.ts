/**
 * What the «add view» dialog offers: every type of the web registry (VIEW_COMPONENTS), the
 * grid first, each with its icon, and the settings a type needs before it can open (a
 * kanban's stack column). Labels are the locales' `viewTypes.<name>`.
 */
import type { Column } from '../api/types'
import { DEFAULT_VIEW_TYPE } from './registry'
import { COVER_TYPES, STACK_TYPES } from './kanban'

/** A column the new view needs, chosen from the table's columns of these types. */
export interface RequiredColumn {
  /** The settings key it fills, e.g. `stack_column`. */
  key: string
  /** Locale key of its label. */
  label: string
  types: string[]
  /** How the chosen column is saved, when not as its id (a calendar's list of date columns). */
  toSetting?: (columnId: number) => unknown
  /** May be left empty (a gallery's cover): offered with «none», skipped when no column fits. */
  optional?: boolean
}

export const VIEW_ICONS: Readonly<Record<string, string>> = {
  grid: 'grid',
  kanban: 'kanban',
  calendar: 'calendar',
  gallery: 'gallery',
  timeline: 'timeline',
  form: 'form',
}

export const REQUIRED_SETTINGS: Readonly<Record<string, RequiredColumn[]>> = {
  kanban: [{ key: 'stack_column', label: 'kanban.stackColumn', types: STACK_TYPES }],
  calendar: [{ key: 'date_columns', label: 'calendar.dateColumn', types: ['date'], toSetting: (id) => [{ column_id: id }] }],
  gallery: [{ key: 'cover_column', label: 'gallery.coverColumn', types: COVER_TYPES, optional: true }],
  timeline: [{ key: 'start_column', label: 'timeline.startColumn', types: ['date'] }],
}

export function viewIcon(type: string | null | undefined): string {
  return VIEW_ICONS[type ?? DEFAULT_VIEW_TYPE] ?? 'view'
}

/** The types to offer, the grid first, the others in registry order. */
export function pickerTypes(registry: Readonly<Record<string, unknown>>): string[] {
  const names = Object.keys(registry)
  return [...names.filter((n) => n === DEFAULT_VIEW_TYPE), ...names.filter((n) => n !== DEFAULT_VIEW_TYPE)]
}

/** The columns one required setting may take. */
export function columnsFor(req: RequiredColumn, columns: Column[]): Column[] {
  return columns.filter((c) => req.types.includes(c.type))
}

/**
 * The settings a new view of `type` starts with: each required column chosen (or the first
 * that fits); null when one cannot be filled (the table has no such column). An optional one
 * chosen as none (null), or with no column to take, is null.
 */
export function initialSettings(type: string, columns: Column[], chosen: Record<string, number | null>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {}
  for (const req of REQUIRED_SETTINGS[type] ?? []) {
    const fits = columnsFor(req, columns)
    if (req.optional && chosen[req.key] === null) {
      out[req.key] = null
      continue
    }
    const pick = fits.find((c) => c.id === chosen[req.key]) ?? fits[0]
    if (!pick && req.optional) out[req.key] = null
    else if (!pick) return null
    else out[req.key] = pick.id
  }
  return out
}

/** The settings a new view is created with: the choices of `initialSettings`, each saved as its type wants. */
export function settingsToSave(type: string, chosen: Record<string, unknown>): Record<string, unknown> {
  const out = { ...chosen }
  for (const req of REQUIRED_SETTINGS[type] ?? []) {
    if (req.toSetting && typeof out[req.key] === 'number') out[req.key] = req.toSetting(out[req.key] as number)
  }
  return out
}
