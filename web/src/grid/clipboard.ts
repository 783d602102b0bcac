/**
 * Clipboard text formats the grid reads and writes: TSV as Excel, LibreOffice and Google
 * Sheets produce it (quoted cells may hold tabs, newlines and doubled quotes), and a small
 * HTML table that spreadsheets paste cell by cell. Also the plan of where a pasted block goes.
 */

/** Parse clipboard TSV into rows of cells. A trailing line break does not make an empty row. */
export function parseTSV(text: string): string[][] {
  const rows: string[][] = []
  if (text === '') return rows
  let row: string[] = []
  let i = 0
  const n = text.length
  // Each loop iteration reads one cell starting at i.
  for (;;) {
    let cell = ''
    let end = i
    if (text[i] === '"') {
      // A quoted cell: closed by a quote followed by a tab, a line break or the end.
      let j = i + 1
      let buf = ''
      let closed = false
      while (j < n) {
        const ch = text[j]
        if (ch === '"') {
          if (text[j + 1] === '"') {
            buf += '"'
            j += 2
            continue
          }
          const next = text[j + 1]
          if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
            closed = true
            j += 1
          }
          break
        }
        buf += ch
        j += 1
      }
      if (closed) {
        cell = buf
        end = j
      }
    }
    if (end === i) {
      // Unquoted (or a stray quote that does not close properly): read up to a tab or line break.
      let j = i
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j += 1
      cell = text.slice(i, j)
      end = j
    }
    row.push(cell)
    if (end >= n) {
      rows.push(row)
      break
    }
    const sep = text[end]
    if (sep === '\t') {
      i = end + 1
      continue
    }
    // A line break: \r\n, \n or a lone \r.
    let next = end + 1
    if (sep === '\r' && text[next] === '\n') next += 1
    rows.push(row)
    row = []
    if (next >= n) break
    i = next
  }
  // Rows of a block share a width; Excel omits nothing, but hand-typed text may.
  const width = Math.max(...rows.map((r) => r.length))
  for (const r of rows) while (r.length < width) r.push('')
  return rows
}

function quoteTSV(cell: string): string {
  if (/[\t\r\n"]/.test(cell)) return '"' + cell.replace(/"/g, '""') + '"'
  return cell
}

/** Rows of cell texts as TSV with CRLF between rows, quoting as Excel does. */
export function toTSV(rows: string[][]): string {
  return rows.map((r) => r.map(quoteTSV).join('\t')).join('\r\n')
}

function escapeHTML(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Rows of cell texts as an HTML table; line breaks stay inside their cell in Excel. */
export function toHTML(rows: string[][]): string {
  const body = rows
    .map(
      (r) =>
        '<tr>' +
        r
          .map((c) => '<td>' + escapeHTML(c).replace(/\r\n|\r|\n/g, '<br style="mso-data-placement:same-cell;">') + '</td>')
          .join('') +
        '</tr>',
    )
    .join('')
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`
}

export interface PasteTarget {
  /** Top-left cell of the selection (row index, column index in display order). */
  top: number
  left: number
  /** Selection size; a block smaller than the selection is repeated to fill it (as Excel does). */
  height: number
  width: number
  /** Number of columns in the grid; columns past the last are dropped. */
  columnCount: number
}

export interface PastePlan {
  /** Cells to write: rows[i][j] goes to row top+i, column left+j. */
  rows: string[][]
  top: number
  left: number
}

/** Where a parsed block lands: tiled over a larger selection, clipped at the last column. */
export function planPaste(block: string[][], target: PasteTarget): PastePlan {
  if (block.length === 0) return { rows: [], top: target.top, left: target.left }
  const bh = block.length
  const bw = block[0].length
  // Repeat only when the selection is a whole multiple of the block, as spreadsheets do.
  const tileRows = target.height > bh && target.height % bh === 0 ? target.height : bh
  const tileCols = target.width > bw && target.width % bw === 0 ? target.width : bw
  const width = Math.max(0, Math.min(tileCols, target.columnCount - target.left))
  const rows: string[][] = []
  for (let i = 0; i < tileRows; i++) {
    const src = block[i % bh]
    const out: string[] = []
    for (let j = 0; j < width; j++) out.push(src[j % bw] ?? '')
    rows.push(out)
  }
  return { rows, top: target.top, left: target.left }
}
