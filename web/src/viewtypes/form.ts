/**
 * The form view's logic shared by its builder (FormViewType.vue) and the public page
 * (components/team/PublicForm.vue): which questions show for the answers given, what the URL
 * prefills, which columns a form may ask for. The server applies the same conditions
 * (server/api/forms.py `visible_fields`), so what the page hides the server does not take.
 */
import type { Column } from '../api/types'
import type { FormFieldSetting, PublicForm } from '../api/team'

export type PublicField = PublicForm['fields'][number]
export type Condition = NonNullable<PublicField['condition']>

/** Columns a form can ask for: those written by people, not computed ones. */
export function askable(columns: Column[]): Column[] {
  return columns.filter((c) => !c.read_only)
}

/** A value counts as an answer (an unticked box or an empty list does not). */
export function filled(value: unknown): boolean {
  return !(value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0))
}

/** Whether a condition holds for the answer of the field it names. */
export function holds(cond: { op: string; value: unknown }, value: unknown): boolean {
  if (cond.op === 'filled') return filled(value)
  const want = String(cond.value ?? '')
  if (Array.isArray(value)) return value.some((v) => String(v) === want)
  if (typeof value === 'boolean' || typeof cond.value === 'boolean') return String(value).toLowerCase() === want.toLowerCase()
  return value !== null && value !== undefined && String(value).trim() === want
}

/** The questions shown for these answers, in order: a conditional one when the field it names is shown and holds. */
export function visibleFields(fields: PublicField[], values: Record<string, unknown>): PublicField[] {
  const shown = new Map<string, unknown>()
  const out: PublicField[] = []
  for (const f of fields) {
    if (f.condition && (!shown.has(f.condition.key) || !holds(f.condition, shown.get(f.condition.key)))) continue
    shown.set(f.key, values[f.key])
    out.push(f)
  }
  return out
}

/**
 * Answers taken from the page's URL (`?Name=value`, by column name or question label): text as
 * given, a number as a number, a checkbox from yes/true/1/да, a select only as one of its
 * options, a multiple select from comma-separated options. Files cannot be prefilled.
 */
export function prefillValues(fields: PublicField[], query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of fields) {
    const raw = query[f.key] ?? query[f.label]
    const text = Array.isArray(raw) ? raw[0] : raw
    if (typeof text !== 'string' || text === '') continue
    if (f.type === 'file' || f.type === 'image') continue
    if (f.type === 'checkbox') out[f.key] = ['1', 'true', 'yes', 'да', 'on'].includes(text.toLowerCase())
    else if (f.type === 'single-select') {
      if (f.options?.includes(text)) out[f.key] = text
    } else if (f.type === 'multiple-select') {
      const picked = text.split(',').map((s) => s.trim()).filter((s) => f.options?.includes(s))
      if (picked.length) out[f.key] = picked
    } else out[f.key] = text
  }
  return out
}

/** The fields that may decide whether field `index` shows: the questions before it. */
export function conditionSources(fields: FormFieldSetting[], index: number): number[] {
  return fields.slice(0, index).map((f) => f.column_id)
}

/**
 * The questions after a move: conditions keep naming only earlier questions (a condition that
 * would name a later one after the move is dropped, as the server would refuse it).
 */
export function moveField(fields: FormFieldSetting[], from: number, to: number): FormFieldSetting[] {
  if (from === to || from < 0 || to < 0 || from >= fields.length || to >= fields.length) return fields
  const arr = [...fields]
  const [item] = arr.splice(from, 1)
  arr.splice(to, 0, item!)
  const seen = new Set<number>()
  return arr.map((f) => {
    const ok = !f.condition || seen.has(f.condition.column_id)
    seen.add(f.column_id)
    return ok ? f : { ...f, condition: null }
  })
}

/** An address a redirect may go to: http or https only. */
export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text)
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.host
  } catch {
    return false
  }
}
