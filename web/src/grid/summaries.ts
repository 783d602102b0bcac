/**
 * Footer summaries (view settings `summaries`, docs/views.md): which summaries a column can
 * have, and how a summary's value reads.
 */
import type { Column } from '../api/types'
import { columnTypeInfo } from '../columns/catalog'
import { filterType } from '../view/settings'

export const GENERIC = ['count', 'empty', 'filled', 'unique']

/** Summaries the server computes for the column (by its type, or a computed column's result). */
export function summaryKinds(col: Column): string[] {
  return columnTypeInfo(filterType(col))?.summaries ?? GENERIC
}

/** Kinds whose value is a count of rows (shown as a whole number, not in the column's format). */
export function isCountKind(kind: string): boolean {
  return GENERIC.includes(kind)
}

/** The view's summaries with one column's choice changed (null removes it). */
export function withSummary(current: Record<string, string> | undefined, columnId: number, kind: string | null): Record<string, string> {
  const out = { ...(current ?? {}) }
  if (kind) out[String(columnId)] = kind
  else delete out[String(columnId)]
  return out
}

/**
 * The view's column order after the grid's visible columns were dragged into `shown`: the
 * shown columns take the places the visible ones had, hidden ones keep theirs.
 */
export function reorderedColumns(all: number[], shown: number[]): number[] {
  const visible = new Set(shown)
  const queue = [...shown]
  return all.map((id) => (visible.has(id) ? queue.shift()! : id))
}

/**
 * A column dragged to a new place among columns with positions: the one that moved and the
 * position between its new neighbours; null when nothing moved.
 */
export function movedColumn(
  before: { id: number; position: number }[],
  after: number[],
): { id: number; position: number } | null {
  const old = before.map((c) => c.id)
  if (old.length !== after.length || old.every((id, i) => id === after[i])) return null
  // The moved column is the one whose removal leaves both orders equal.
  for (const id of old) {
    const a = old.filter((x) => x !== id)
    const b = after.filter((x) => x !== id)
    if (!a.every((x, i) => x === b[i])) continue
    const pos = new Map(before.map((c) => [c.id, c.position]))
    const at = after.indexOf(id)
    const prev = at > 0 ? pos.get(after[at - 1])! : null
    const next = at < after.length - 1 ? pos.get(after[at + 1])! : null
    const position = prev === null ? next! - 1 : next === null ? prev + 1 : (prev + next) / 2
    return { id, position }
  }
  return null
}
