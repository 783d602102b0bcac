/**
 * Edits and the outbox. A cell edit is server-first (AG Grid's readOnlyEdit): the cell shows the
 * new value at once, the server's row replaces it, a refusal rolls it back. An edit that cannot
 * reach the server waits in the outbox (kept in localStorage by outbox.ts) and is re-sent every
 * 3 s, one update per row. Range writes (paste, fill, clear) go as one action through writeBatch.
 */
import type { CellClickedEvent, CellEditRequestEvent, IRowNode } from 'ag-grid-community'
import { onBeforeUnmount, ref } from 'vue'
import { ApiError } from '../api/client'
import { actions, rows as rowsApi } from '../api/endpoints'
import type { Row } from '../api/types'
import { columnModule } from '../columns'
import { refusedCell } from '../constraints'
import { errorMessage, notify, reportError } from '../store'
import { loadOutbox, saveOutbox, type PendingEdit } from './outbox'
import { isReadOnly } from './types'
import { chunk, type GridCore } from './useGridCore'

/** Waiting edits are keyed by cell: a later edit of the same cell replaces the earlier one. */
export function pendingKey(rowId: string, field: string): string {
  return `${rowId}:${field}`
}

/** The waiting edits as one update per row, rows in the order they were first edited. */
export function rowsToSend(pending: Iterable<PendingEdit>): Row[] {
  const byRow = new Map<string, Row>()
  for (const p of pending) {
    const r = byRow.get(p.rowId) ?? { _id: p.rowId }
    r[p.field] = p.value
    byRow.set(p.rowId, r)
  }
  return [...byRow.values()]
}

/** After a send: forget the edits that went, keep those typed again meanwhile. */
export function dropSent(pending: Map<string, PendingEdit>, sent: Map<string, PendingEdit>): void {
  for (const [k, v] of sent) if (pending.get(k) === v) pending.delete(k)
}

/** Updates and inserts as server actions, each at most 1,000 rows (one `batch` when several). */
export function batchActions(tableId: number, updates: Row[], inserts: Record<string, unknown>[] = []): Record<string, unknown>[] {
  const acts: Record<string, unknown>[] = []
  for (const part of chunk(updates)) acts.push({ type: 'update_rows', table_id: tableId, rows: part, create_options: true })
  for (const part of chunk(inserts)) acts.push({ type: 'insert_rows', table_id: tableId, rows: part, create_options: true })
  return acts
}

/** A write refused by a column's rule, shown at the cell it points at (x, y: in the grid's wrapper). */
export interface CellRefusal {
  rowId: string
  field: string
  message: string
  x: number
  y: number
}

export function useEdits(g: GridCore) {
  const { props } = g
  const refusal = ref<CellRefusal | null>(null)
  let refusalTimer: ReturnType<typeof setTimeout> | null = null

  /** Report a failed write: at the cell when a column's rule refused it (the cell flashes and a
   * bubble says why), else as a notice. */
  function report(e: unknown) {
    const cell = refusedCell(e)
    const wrap = g.wrapper.value
    const el = cell && wrap?.querySelector<HTMLElement>(`.ag-row[row-id="${CSS.escape(cell.rowId)}"] .ag-cell[col-id="c${CSS.escape(cell.field)}"]`)
    if (!cell || !wrap || !el) {
      reportError(e)
      return
    }
    const box = el.getBoundingClientRect()
    const outer = wrap.getBoundingClientRect()
    refusal.value = { ...cell, message: errorMessage(e), x: box.left - outer.left, y: box.bottom - outer.top + 2 }
    el.classList.add('cell-refused')
    if (refusalTimer) clearTimeout(refusalTimer)
    refusalTimer = setTimeout(() => {
      refusal.value = null
      el.classList.remove('cell-refused')
    }, 6000)
  }
  const pending = new Map<string, PendingEdit>()
  // Edits a closed tab could not send: kept in localStorage, sent once the server answers.
  for (const e of loadOutbox(props.table.id)) pending.set(pendingKey(e.rowId, e.field), e)
  const persistPending = () => saveOutbox(props.table.id, pending.values())
  /** Edits are waiting for the server (the bar above the grid says how many). */
  const offline = ref(false)
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  /** Updates and inserts as one server action (one undo step), split into allowed batches. */
  async function writeBatch(updates: Row[], inserts: Record<string, unknown>[] = []) {
    const acts = batchActions(props.table.id, updates, inserts)
    if (!acts.length) return
    if (acts.length === 1 && !inserts.length) await rowsApi.update(props.table.id, updates, true)
    else if (acts.length === 1) await rowsApi.insert(props.table.id, inserts, {}, true)
    else await actions.apply(props.baseId, { type: 'batch', actions: acts })
  }

  function applyServerRows(list: Row[]) {
    for (const r of list) {
      const node = g.api.value?.getRowNode(r._id)
      if (node?.data) node.setData({ ...node.data, ...r })
    }
  }

  async function flushPending() {
    retryTimer = null
    if (!pending.size) return
    const sent = new Map(pending)
    try {
      const res = await rowsApi.update(props.table.id, rowsToSend(pending.values()), false)
      dropSent(pending, sent)
      persistPending()
      offline.value = pending.size > 0
      applyServerRows(res.rows)
      notify(g.t('grid.synced'), 'success')
    } catch (e) {
      if (e instanceof ApiError && e.status === 0) {
        retryTimer = setTimeout(flushPending, 3000)
      } else {
        for (const k of sent.keys()) pending.delete(k)
        persistPending()
        offline.value = false
        reportError(e)
        g.refresh()
      }
    }
  }

  /** Edits left from a tab closed while offline: say so and send them now. */
  function resumeOutbox() {
    if (!pending.size) return
    offline.value = true
    flushPending()
  }

  async function saveCell(node: IRowNode, field: string, value: unknown) {
    const before = node.data as Row
    const rowId = before._id
    node.setData({ ...before, [field]: value })
    try {
      const res = await rowsApi.update(props.table.id, [{ _id: rowId, [field]: value }], false)
      applyServerRows(res.rows)
    } catch (e) {
      if (e instanceof ApiError && e.status === 0) {
        // Keep what was typed and send it when the server answers again.
        pending.set(pendingKey(rowId, field), { rowId, field, value })
        persistPending()
        offline.value = true
        if (!retryTimer) retryTimer = setTimeout(flushPending, 3000)
        return
      }
      const current = g.api.value?.getRowNode(rowId)
      if (current?.data) current.setData({ ...current.data, [field]: before[field] })
      report(e)
    }
  }

  function onCellEditRequest(e: CellEditRequestEvent) {
    const field = e.colDef.field
    if (!field || !e.node.data) return
    saveCell(e.node, field, e.newValue)
  }

  /** A click on a checkbox or a star edits without an editor; the row number's ⤢ opens the row. */
  function onCellClicked(e: CellClickedEvent) {
    const target = e.event?.target as HTMLElement | null
    if (!target || !e.data) return
    if (target.closest('[data-action="expand"]')) {
      g.emit('expand', e.data as Row)
      return
    }
    const col = g.columnOf(e.column.getColId())
    if (!col || !props.canEdit || isReadOnly(col)) return
    const set = columnModule(col).clicked?.(col, e.value, target)
    if (set) saveCell(e.node, String(col.id), set.value)
  }

  onBeforeUnmount(() => {
    if (retryTimer) clearTimeout(retryTimer)
    if (refusalTimer) clearTimeout(refusalTimer)
  })

  return { pending, offline, refusal, report, writeBatch, saveCell, resumeOutbox, onCellEditRequest, onCellClicked }
}
