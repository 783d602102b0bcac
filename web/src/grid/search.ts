/**
 * Ctrl+F over the grid: the server finds the rows (positions in view or table order); here are
 * the small pure parts — stepping from hit to hit and finding the matching cell in a row.
 */

export interface SearchHit {
  row_id: string
  position: number
}

/** Text as the server compares it: case-folded, ё as е. */
export function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/** The next hit index (dir 1) or the previous one (dir -1), wrapping around; -1 when there are none. */
export function stepHit(current: number, total: number, dir: 1 | -1): number {
  if (total <= 0) return -1
  if (current < 0) return dir === 1 ? 0 : total - 1
  return (((current + dir) % total) + total) % total
}

/** The first hit at or after a row position (so a search starts where the person is), else 0. */
export function firstHitFrom(hits: SearchHit[], position: number): number {
  if (!hits.length) return -1
  const i = hits.findIndex((h) => h.position >= position)
  return i < 0 ? 0 : i
}

/** Index of the first cell text that contains the query (folded), or -1. */
export function matchingCell(texts: string[], query: string): number {
  const q = fold(query.trim())
  if (!q) return -1
  return texts.findIndex((s) => fold(s).includes(q))
}
