/**
 * Past about 32,000,000 px of rows (~940,000 rows at 34 px) Chromium caps the scroll height and
 * AG Grid "stretches": it moves every rendered row on each scroll, which costs layout per row
 * (bench/grid.py: frames of 33-67 ms instead of one 16.7 ms frame at 1M rows).
 */
export const STRETCH_PX = 30_000_000
export const DEFAULT_ROW_PX = 34
export const COMPACT_MIN_PX = 24

/**
 * The row height to draw for `rows` rows: the chosen one, except that default-height rows of a
 * very large table get just compact enough to stay under the stretching limit (30 px at
 * 1,000,000 rows, never below 24 px); a taller height the user chose is kept as chosen.
 */
export function effectiveRowHeight(rows: number, chosen: number = DEFAULT_ROW_PX): number {
  if (chosen !== DEFAULT_ROW_PX || rows * chosen <= STRETCH_PX) return chosen
  return Math.max(COMPACT_MIN_PX, Math.floor(STRETCH_PX / rows))
}

/** Spare rows drawn above and below the viewport: few once the grid stretches anyway. */
export function rowBufferFor(rows: number, height: number): number {
  return rows * height > STRETCH_PX ? 3 : 12
}
