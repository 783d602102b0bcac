/**
 * What the grid does to the selected range as a whole: copy (TSV and HTML, clipboard.ts),
 * paste (tiled over the selection, rows past the end inserted), clear (Delete), fill down
 * (Ctrl+D) and toggling checkboxes (Space). Each write is one server action (useEdits'
 * writeBatch), so one Ctrl+Z takes it back. The value-building parts are pure, for unit tests.
 */
import type { Column, Row } from '../api/types'
import { columnModule } from '../columns'
import { notify, reportError, timeZone } from '../store'
import { parseTSV, planPaste, toHTML, toTSV } from './clipboard'
import { collapsed, fillDownPlan, rectSize, selectionRect, type Rect } from './selection'
import { clipboardText, emptyValue, isReadOnly } from './types'
import type { useEdits } from './useEdits'
import type { GridCore } from './useGridCore'
import type { useSelection } from './useSelection'

/** Every row's cells in `cols` emptied (Delete over a range). */
export function clearUpdates(list: Row[], cols: Column[]): Row[] {
  return list.map((row) => {
    const u: Row = { _id: row._id }
    for (const col of cols) u[String(col.id)] = emptyValue(col)
    return u
  })
}

/** Each target row takes the values of its source row in `cols` (fill down, the fill handle). */
export function copiedUpdates(targets: Row[], sourceOf: (i: number) => Row, cols: Column[]): Row[] {
  return targets.map((row, i) => {
    const src = sourceOf(i)
    const u: Row = { _id: row._id }
    for (const col of cols) u[String(col.id)] = src[String(col.id)] ?? emptyValue(col)
    return u
  })
}

/** Space over checkboxes: every cell takes the opposite of the first one. */
export function toggledUpdates(list: Row[], cols: Column[]): Row[] {
  const first = list[0]?.[String(cols[0].id)]
  return list.map((row) => ({ _id: row._id, ...Object.fromEntries(cols.map((c) => [String(c.id), !first])) }))
}

/**
 * A pasted text as the value to send. Numbers and dates are read in the interface's language
 * (as typed ones are); text that is not one goes as pasted, so the server's refusal names the
 * cell. Other types go as text (the server parses them); blank text empties the cell.
 */
export function pasteValue(col: Column, s: string, locale: string, tz?: string): unknown {
  const read = columnModule(col).paste
  if (read) return read(col, s, { locale, timeZone: tz })
  return s.trim() === '' ? emptyValue(col) : s
}

/**
 * The writes of a paste: block row i goes to `existing[i]` (an update) or, past the loaded
 * rows of the table, to a new row (an insert). Columns that are missing or read-only are skipped.
 */
export function pasteWrites(
  rows: string[][],
  cols: (Column | undefined)[],
  existing: Row[],
  valueFor: (col: Column, s: string) => unknown,
): { updates: Row[]; inserts: Record<string, unknown>[] } {
  const updates: Row[] = []
  const inserts: Record<string, unknown>[] = []
  rows.forEach((cells, i) => {
    const values: Record<string, unknown> = {}
    cells.forEach((s, j) => {
      const col = cols[j]
      if (col && !isReadOnly(col)) values[String(col.id)] = valueFor(col, s)
    })
    if (i < existing.length) updates.push({ _id: existing[i]._id, ...values })
    else inserts.push(values)
  })
  return { updates, inserts }
}

export function useRangeEdits(g: GridCore, edits: ReturnType<typeof useEdits>, selection: ReturnType<typeof useSelection>) {
  const { props, sel, t } = g

  /** The columns of the rectangle that can be written (not read-only, not computed). */
  function writableColumns(r: Rect): Column[] {
    const out: Column[] = []
    for (let j = r.left; j <= r.right; j++) {
      const col = g.columnAt(j)
      if (col && !isReadOnly(col)) out.push(col)
    }
    return out
  }

  function rectColumns(r: Rect): (Column | undefined)[] {
    const cols: (Column | undefined)[] = []
    for (let j = r.left; j <= r.right; j++) cols.push(g.columnAt(j))
    return cols
  }

  async function clearSelection() {
    if (!sel.value || !props.canEdit) return
    const r = selectionRect(sel.value)
    const cols = writableColumns(r)
    if (!cols.length) return
    try {
      const updates = clearUpdates(await g.rowsBetween(r.top, r.bottom), cols)
      if (updates.length === 1 && cols.length === 1) {
        const node = g.api.value?.getRowNode(updates[0]._id)
        if (node) return edits.saveCell(node, String(cols[0].id), emptyValue(cols[0]))
      }
      await edits.writeBatch(updates)
      g.refresh()
    } catch (e) {
      edits.report(e)
    }
  }

  async function fillDown() {
    if (!sel.value || !props.canEdit) return
    const r = selectionRect(sel.value)
    const plan = fillDownPlan(r)
    if (!plan) return
    const cols = writableColumns(r)
    if (!cols.length) return
    try {
      const list = await g.rowsBetween(plan.source, r.bottom)
      const updates = copiedUpdates(list.slice(plan.targets[0] - plan.source), () => list[0], cols)
      await edits.writeBatch(updates)
      g.refresh()
      notify(t('grid.filled', { n: updates.length }), 'success')
    } catch (e) {
      edits.report(e)
    }
  }

  const cellText = (c: Column | undefined, row: Row) => (c ? clipboardText(c, row[String(c.id)], g.textCtx()) : '')

  async function selectionAsText(): Promise<string[][]> {
    const r = selectionRect(sel.value!)
    const list = await g.rowsBetween(r.top, r.bottom)
    const cols = rectColumns(r)
    return list.map((row) => cols.map((c) => cellText(c, row)))
  }

  /** The selection's texts when all its rows are loaded, else null. */
  function loadedSelectionText(): string[][] | null {
    const r = selectionRect(sel.value!)
    const out: string[][] = []
    const cols = rectColumns(r)
    for (let i = r.top; i <= r.bottom; i++) {
      const d = g.nodeAt(i)?.data as Row | undefined
      if (!d) return null
      out.push(cols.map((c) => cellText(c, d)))
    }
    return out
  }

  function onCopy(e: ClipboardEvent) {
    if (g.isEditing() || !g.eventInGrid(e)) return
    selection.sync()
    if (!sel.value) return
    e.preventDefault()
    const rowsText = loadedSelectionText()
    if (rowsText && e.clipboardData) {
      e.clipboardData.setData('text/plain', toTSV(rowsText))
      e.clipboardData.setData('text/html', toHTML(rowsText))
    } else {
      // Part of the range is not loaded: fetch it, then write through the async clipboard.
      selectionAsText()
        .then((text) =>
          navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': new Blob([toTSV(text)], { type: 'text/plain' }),
              'text/html': new Blob([toHTML(text)], { type: 'text/html' }),
            }),
          ]),
        )
        .then(() => notify(t('grid.copied'), 'success'))
        .catch(reportError)
    }
    const { height, width } = rectSize(selectionRect(sel.value))
    if (height * width > 1) notify(t('grid.copiedCells', { n: height * width }), 'info')
  }

  async function onPaste(e: ClipboardEvent) {
    if (g.isEditing() || !g.eventInGrid(e) || !props.canEdit) return
    selection.sync()
    // Nothing selected (an empty table, focus on a header): paste at the first cell.
    if (!sel.value) sel.value = collapsed({ row: 0, col: 0 })
    const text = e.clipboardData?.getData('text/plain') ?? ''
    e.preventDefault()
    await pasteText(text)
  }

  async function pasteText(text: string) {
    if (!sel.value) return
    const block = parseTSV(text)
    if (!block.length) return
    const r = selectionRect(sel.value)
    const { height, width } = rectSize(r)
    const plan = planPaste(block, { top: r.top, left: r.left, height, width, columnCount: g.bounds().cols })
    const cols: (Column | undefined)[] = plan.rows[0].map((_, j) => g.columnAt(plan.left + j))
    const existing = Math.max(0, Math.min(plan.rows.length, g.rowCount.value - plan.top))
    try {
      const list = existing ? await g.rowsBetween(plan.top, plan.top + existing - 1) : []
      const valueFor = (col: Column, s: string) => pasteValue(col, s, g.locale.value, timeZone())
      const { updates, inserts } = pasteWrites(plan.rows, cols, list, valueFor)
      await edits.writeBatch(updates, inserts)
      g.refresh()
      sel.value = {
        anchor: { row: plan.top, col: plan.left },
        focus: { row: plan.top + plan.rows.length - 1, col: plan.left + Math.max(0, plan.rows[0].length - 1) },
      }
      notify(
        inserts.length
          ? t('grid.pastedWithNew', { n: plan.rows.length * plan.rows[0].length, rows: inserts.length })
          : t('grid.pasted', { n: plan.rows.length * plan.rows[0].length }),
        'success',
      )
    } catch (e) {
      edits.report(e)
    }
  }

  /** Space (or Enter) on checkbox cells; false when the selection holds none. */
  function toggleCheckboxes(): boolean {
    if (!sel.value || !props.canEdit) return false
    const r = selectionRect(sel.value)
    const cols = writableColumns(r).filter((c) => columnModule(c).toggles)
    if (!cols.length) return false
    if (r.top === r.bottom && cols.length === 1) {
      const node = g.nodeAt(r.top)
      if (node?.data) edits.saveCell(node, String(cols[0].id), !node.data[String(cols[0].id)])
      return true
    }
    g.rowsBetween(r.top, r.bottom)
      .then((list) => edits.writeBatch(toggledUpdates(list, cols)))
      .then(g.refresh)
      .catch(edits.report)
    return true
  }

  return { writableColumns, clearSelection, fillDown, onCopy, onPaste, pasteText, toggleCheckboxes }
}
