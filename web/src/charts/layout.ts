/**
 * The dashboard grid (12 columns, rows of 80 px): placing a chart where it was dragged or to the
 * size it was given, and pushing the charts it now covers down below it, so no two overlap.
 * Pure: the page turns the changed layouts into one batch of modify_chart actions.
 */
export interface Layout {
  x: number
  y: number
  w: number
  h: number
}

export const COLUMNS = 12
export const MAX_ROWS = 24

const overlaps = (a: Layout, b: Layout) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** A layout kept on the grid: inside its 12 columns, at least one cell, not above the top. */
export function clampLayout(l: Layout): Layout {
  const w = Math.min(COLUMNS, Math.max(1, Math.round(l.w)))
  const h = Math.min(MAX_ROWS, Math.max(1, Math.round(l.h)))
  return { x: Math.min(COLUMNS - w, Math.max(0, Math.round(l.x))), y: Math.max(0, Math.round(l.y)), w, h }
}

/**
 * Every chart's layout after `id` is placed at `next`: charts it covers move down below it (and
 * those they then cover, in turn). Returns only the layouts that changed.
 */
export function place(layouts: Record<number, Layout>, id: number, next: Layout): Record<number, Layout> {
  const out: Record<number, Layout> = { ...layouts, [id]: clampLayout(next) }
  const fixed: number[] = [id]
  // Others from top to bottom: each one moves below whatever already placed chart it covers.
  const others = Object.keys(layouts).map(Number).filter((k) => k !== id).sort((a, b) => layouts[a].y - layouts[b].y || layouts[a].x - layouts[b].x)
  for (const k of others) {
    let l = out[k]
    for (let moved = true; moved; ) {
      moved = false
      for (const f of fixed) {
        if (overlaps(l, out[f])) {
          l = { ...l, y: out[f].y + out[f].h }
          moved = true
        }
      }
    }
    out[k] = l
    fixed.push(k)
  }
  const changed: Record<number, Layout> = {}
  for (const k of Object.keys(out).map(Number)) {
    const a = layouts[k]
    const b = out[k]
    if (!a || a.x !== b.x || a.y !== b.y || a.w !== b.w || a.h !== b.h) changed[k] = b
  }
  return changed
}

/** A drag of (dx, dy) px as whole grid cells, given the grid's width and gap. */
export function cells(dx: number, dy: number, gridWidth: number, gap: number, rowPx = 80): { dx: number; dy: number } {
  const col = (gridWidth - gap * (COLUMNS - 1)) / COLUMNS + gap
  return { dx: Math.round(dx / col), dy: Math.round(dy / (rowPx + gap)) }
}
