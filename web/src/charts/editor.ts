/**
 * The chart editor's model, pure (no DOM, no i18n instance): the chart types and their settings
 * schemas from the server (GET /api/chart-types), which parts of the form a type shows (the
 * parts its schema declares), settings for a type change, and the chart data dressed for
 * drawing (series named by their values, colours, «others», the number format).
 */
import type { DashboardFilter } from './filters'
import { http } from '../api/client'
import type { Column } from '../api/types'
import { columnTypeInfo } from '../columns/catalog'
import type { NumberOptions } from '../format'
import type { ChartData } from './option'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>

export interface ChartTypeInfo {
  name: string
  description: string
  settings_schema: JsonSchema
}

export interface ValueSpec {
  aggregate: string
  column_id: number | null
}

export interface GroupSpec {
  column_id: number | null
  granularity?: string | null
  order?: string[] | null
}

export interface ChartSettings {
  type: string
  x?: GroupSpec | null
  series?: GroupSpec | null
  value: ValueSpec
  values?: ValueSpec[]
  compare?: { column_id: number | null; period: string } | null
  sort?: string
  limit?: number | null
  others?: boolean
  goal?: number | null
  description?: string
  colors?: Record<string, string>
  format?: { decimals: number | null; currency: string | null } | null
  text?: string
  dashboard?: string
  labels?: boolean
  layout?: { x: number; y: number; w: number; h: number }
  /** The dashboard's filters (charts/filters.ts): the same on every chart of a dashboard. */
  dashboard_filters?: DashboardFilter[]
}

/** The parts of settings the editor can show, in form order. */
export const PARTS = ['text', 'x', 'series', 'values', 'compare', 'sort', 'limit', 'others', 'goal', 'colors', 'format', 'labels'] as const
export type Part = (typeof PARTS)[number]

let loading: Promise<ChartTypeInfo[]> | null = null
/** The server's chart types (once per page load). */
export function loadChartTypes(): Promise<ChartTypeInfo[]> {
  loading ??= http.get<{ chart_types: ChartTypeInfo[] }>('/chart-types').then((r) => r.chart_types)
  return loading
}

/** The parts a type's schema declares, and which of them it requires. */
export function partsOf(type: ChartTypeInfo | undefined): { shown: Set<Part>; required: Set<string> } {
  const props = type?.settings_schema.properties ?? {}
  // A part required unless another is given (a bar's `x`, unless `period_end`): the editor
  // does not offer the other, so it asks for this one.
  const unless = Object.keys(props).filter((k) => props[k]?.['x-required-unless'])
  const required = new Set<string>([...(type?.settings_schema.required ?? []), ...unless])
  return { shown: new Set(PARTS.filter((p) => p in props)), required }
}

/** The choices of an enum somewhere in a type's schema (`value.aggregate`, `sort`, `x.granularity`). */
export function choicesOf(type: ChartTypeInfo | undefined, path: string): string[] {
  let node: JsonSchema | undefined = type?.settings_schema
  for (const key of path.split('.')) {
    node = node?.properties?.[key] ?? node?.items?.properties?.[key]
  }
  return (node?.enum ?? []).filter((v: unknown) => v !== null)
}

/** The result kind of a column for charts: what it groups and aggregates like. */
function resultType(col: Column): string {
  const info = columnTypeInfo(col.type)
  return info?.computed ? String(col.options?.result_type ?? 'text') : col.type
}

/** Columns whose values can be summed (sum, average, min, max, median). */
export function isNumberColumn(col: Column): boolean {
  const t = resultType(col)
  return t === 'number' || t === 'duration' || t === 'rate' || t === 'auto-number' || columnTypeInfo(t)?.family === 'number'
}

/** Columns a date granularity applies to. */
export function isDateColumn(col: Column): boolean {
  return columnTypeInfo(resultType(col))?.family === 'date'
}

/**
 * Settings for a new type: what the old settings have that the new type takes, plus what it
 * requires (the first column to group by, the first date column to compare).
 */
export function settingsForType(old: ChartSettings, type: ChartTypeInfo, columns: Column[]): ChartSettings {
  const { shown, required } = partsOf(type)
  const out: ChartSettings = { type: type.name, value: old.value ?? { aggregate: 'count', column_id: null } }
  for (const key of ['description', 'layout', 'goal', 'format', 'labels', 'colors', 'dashboard', 'dashboard_filters'] as const) {
    if (old[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = old[key]
  }
  for (const p of shown) {
    const v = (old as unknown as Record<string, unknown>)[p]
    if (v !== undefined && v !== null) (out as unknown as Record<string, unknown>)[p] = v
  }
  const onlyDates = !!type.settings_schema.properties?.x?.['x-dates']
  if (onlyDates && out.x && !columns.some((c) => c.id === out.x?.column_id && isDateColumn(c))) delete out.x
  if (required.has('x') && !out.x) {
    out.x = { column_id: (onlyDates ? columns.find(isDateColumn) : columns[0])?.id ?? null, granularity: null }
  }
  if (required.has('series') && !out.series) {
    const second = columns.find((c) => c.id !== out.x?.column_id) ?? columns[0]
    out.series = { column_id: second?.id ?? null, granularity: null }
  }
  if (required.has('compare') && !out.compare) {
    out.compare = { column_id: columns.find(isDateColumn)?.id ?? null, period: 'month' }
  }
  if (required.has('values')) {
    const need = type.settings_schema.properties?.values?.minItems ?? 1
    const have = out.values ?? []
    out.values = [...have, ...Array.from({ length: Math.max(0, need - have.length) }, () => ({ aggregate: 'count', column_id: null }))].slice(0, maxValues(type))
  }
  if (out.values?.length && out.series) delete out.values
  return out
}

/** How many values (`value` and `values`) a type takes. */
export function maxValues(type: ChartTypeInfo | undefined): number {
  const max = type?.settings_schema.properties?.values?.maxItems
  return typeof max === 'number' ? max + 1 : 5
}

/** The key of the i-th value's series in the data (`value`, `value1`, …). */
export const valueKey = (i: number) => (i === 0 ? 'value' : `value${i}`)

export interface DressWords {
  others: string
  /** "Sum of Balance", "Count"… */
  valueName: (spec: ValueSpec) => string
}

/** Chart data as drawn: several values named, colours from the settings, «others» labelled. */
export function dress(data: ChartData, settings: ChartSettings, words: DressWords): ChartData {
  const colors = settings.colors ?? {}
  const values = [settings.value, ...(settings.values ?? [])]
  const several = values.length > 1 && !settings.series
  const series = (data.series ?? []).map((s, i) => {
    const key = String(s.key)
    const color = colors[key] ?? s.color ?? null
    return several ? { ...s, label: words.valueName(values[i] ?? values[0]), color } : { ...s, color }
  })
  const oneSeries = series.length === 1
  const categories = (data.categories ?? []).map((c) => {
    const named = (c as { others?: boolean }).others ? { ...c, label: words.others } : c
    const color = oneSeries && c.key != null ? colors[String(c.key)] : undefined
    return color ? { ...named, color } : named
  })
  // Several values share the axes: a single series keeps the category colours.
  return { ...data, series, categories, axes: several ? { ...data.axes, series: null } : data.axes }
}

/** The chart's number format: the value column's, with the chart's decimals and currency. */
export function chartFormat(base: NumberOptions | null, format: ChartSettings['format'], locale: string): NumberOptions | null {
  if (!format || (format.decimals == null && !format.currency)) return base
  const out: NumberOptions = { ...(base ?? { format: 'number' }) }
  if (format.decimals != null) {
    out.precision = format.decimals
    if (!out.format || out.format === 'number') out.format = 'decimal'
  }
  if (format.currency) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: format.currency, currencyDisplay: 'narrowSymbol' }).formatToParts(1)
    const i = parts.findIndex((p) => p.type === 'currency')
    const n = parts.findIndex((p) => p.type === 'integer')
    out.format = 'currency'
    out.currency_symbol = parts[i]?.value ?? format.currency
    out.currency_position = i < n ? 'before' : 'after'
    out.precision ??= 2
  }
  return out
}

/** A 422's fields (`settings.x.column_id`) as the editor's field names (`x.column_id`). */
export function fieldErrors(fields: Record<string, string[]> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, msgs] of Object.entries(fields ?? {})) out[k.replace(/^settings\./, '')] = msgs[0] ?? ''
  return out
}

/** The base's dashboards (tabs): the names its charts are on, in the order of their first chart. */
export function dashboardsOf(charts: { settings: ChartSettings }[], pending: string[] = []): string[] {
  const out: string[] = []
  for (const name of [...charts.map((c) => c.settings.dashboard ?? ''), ...pending]) if (!out.includes(name)) out.push(name)
  return out.length ? out : ['']
}
