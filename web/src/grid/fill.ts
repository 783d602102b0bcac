/**
 * The fill handle: dragging the small square at the selection's bottom-right corner down
 * repeats the selected rows' values over the rows below (like a spreadsheet; one action).
 */
import type { Rect } from './selection'

export interface FillPlan {
  /** Rows whose values are repeated, top to bottom (view positions). */
  sourceTop: number
  sourceBottom: number
  /** Rows that receive values. */
  targetTop: number
  targetBottom: number
}

/** The plan for dragging the handle of `r` to row `to`; null when it does not reach past the selection. */
export function fillPlan(r: Rect, to: number, rowCount: number): FillPlan | null {
  const bottom = Math.min(to, rowCount - 1)
  if (bottom <= r.bottom) return null
  return { sourceTop: r.top, sourceBottom: r.bottom, targetTop: r.bottom + 1, targetBottom: bottom }
}

/** Which source row (0-based within the source) fills target row `i` (0-based within the targets). */
export function sourceFor(plan: FillPlan, i: number): number {
  return i % (plan.sourceBottom - plan.sourceTop + 1)
}
