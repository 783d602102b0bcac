/**
 * The kanban view's pure parts (KanbanView.vue shows them): stacks as the server lists them
 * (GET /api/views/{id}/stacks), the cell value that puts a card in a stack, and a card moved
 * between stacks before the server answers.
 *
 * A stack's key is text: a single select's option id, a collaborator cell's JSON list of user
 * ids ("[3]"), or "" for the stack of empty cells (server/views/kanban.py).
 */
import type { Column, Row } from '../api/types'

/** Cards read per request; more come when a stack is scrolled to its end. */
export const CARD_WINDOW = 50
/** Column types whose values make stacks, and those a cover or a sum come from. */
export const STACK_TYPES = ['single-select', 'collaborator']
export const COVER_TYPES = ['image', 'file']

export interface StackInfo {
  key: string
  label: string
  color: string | null
  count: number
  sum: number | null
  collapsed: boolean
}

export interface Stack extends StackInfo {
  rows: Row[]
  loading: boolean
}

/** The kanban's own settings (beside the grid's filters, sorts, hidden columns, colours). */
export interface KanbanSettings {
  stack_column?: number
  card_fields?: number[]
  cover_column?: number | null
  sum_column?: number | null
  collapsed?: string[]
}

/** The cell value that puts a card in the stack `key` (null: the stack of empty cells). */
export function stackValue(col: Column, key: string): unknown {
  if (key === '') return null
  if (col.type === 'collaborator') return JSON.parse(key) as number[]
  return key
}

/** Numbers a sum can add (a number column's value, or nothing). */
function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0
}

/**
 * The card moved from one stack to another at once (first in its new stack), with counts and
 * sums following; the server's answer and the refresh that follows put it in view order.
 */
export function moveCard(stacks: Stack[], rowId: string, from: string, to: string, stackCol: Column, sumCol: Column | null): Row | null {
  const src = stacks.find((s) => s.key === from)
  const dst = stacks.find((s) => s.key === to)
  const row = src?.rows.find((r) => r._id === rowId)
  if (!src || !dst || !row || from === to) return null
  const moved: Row = { ...row, [String(stackCol.id)]: stackValue(stackCol, to) }
  src.rows = src.rows.filter((r) => r._id !== rowId)
  src.count = Math.max(0, src.count - 1)
  dst.rows = [moved, ...dst.rows]
  dst.count += 1
  if (sumCol) {
    const v = num(row[String(sumCol.id)])
    src.sum = (src.sum ?? 0) - v
    dst.sum = (dst.sum ?? 0) + v
  }
  return moved
}

/** Whether a stack scrolled this far should read its next window. */
export function wantsMore(s: Stack, scrolledToEnd: boolean): boolean {
  return scrolledToEnd && !s.loading && !s.collapsed && s.rows.length < s.count
}
