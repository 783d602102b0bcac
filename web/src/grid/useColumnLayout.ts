/**
 * Column layout: the grid's column definitions (coldefs.ts per column, the row number and "+"),
 * and where the columns stand — order (dragged headers: a view's `column_order`, hidden columns
 * keeping their places, or the column's position on "All rows"), widths (a view's
 * `column_widths`, else this browser's) and frozen columns (a view's `frozen_count`, else this
 * browser's).
 */
import type { CellClassParams, ColDef, Column as AgColumn, ColumnResizedEvent, ICellRendererParams } from 'ag-grid-community'
import { computed, ref, watch } from 'vue'
import { columns as columnsApi } from '../api/endpoints'
import { moveColumn } from '../api/grid'
import type { Column, Row, SelectOption } from '../api/types'
import { notify, reportError, timeZone } from '../store'
import type { ViewSettings } from '../view/settings'
import { buildColDef, rowNumberColDef } from './coldefs'
import type { HeaderEntry } from './groups'
import { AddColumnHeader, ColumnHeader, type HeaderHooks } from './headers'
import { movedColumn, reorderedColumns } from './summaries'
import { isDataColId, type GridCore } from './useGridCore'
import { SummaryCell } from './useSummaries'

/** True when the dragged headers left the shown columns in another order. */
export function orderChanged(shownOld: number[], shownNew: number[]): boolean {
  return shownNew.length === shownOld.length && !shownNew.every((id, i) => id === shownOld[i])
}

/**
 * A view's column order after its shown columns were dragged into `shownNew`: the saved order
 * (or, without one, the shown columns then the hidden ones) with the shown ones in their new places.
 */
export function viewColumnOrder(settings: Pick<ViewSettings, 'column_order' | 'hidden_columns'>, shownOld: number[], shownNew: number[]): number[] {
  const saved = settings.column_order ?? []
  const all = saved.length
    ? [...saved, ...shownOld.filter((id) => !saved.includes(id))]
    : [...shownOld, ...(settings.hidden_columns ?? []).filter((id) => !shownOld.includes(id))]
  return reorderedColumns(all, shownNew)
}

/** A view's widths after a resize (kept within 20–2,000 px), or null when none changed. */
export function resizedWidths(current: Record<string, number>, resized: { colId: string; width: number }[]): Record<string, number> | null {
  const widths = { ...current }
  let changed = false
  for (const c of resized) {
    if (!isDataColId(c.colId)) continue
    const w = Math.round(Math.min(2000, Math.max(20, c.width)))
    if (widths[c.colId.slice(1)] !== w) changed = true
    widths[c.colId.slice(1)] = w
  }
  return changed ? widths : null
}

/** How many leading columns stay pinned at the left: the view's, else this browser's; at least the primary. */
export function frozenCountOf(layout: Pick<ViewSettings, 'frozen_count'> | null, local: number): number {
  return Math.max(1, layout ? layout.frozen_count ?? 1 : local)
}

/** The footer's row-number and "+" cells stay empty. */
class BlankCell {
  private el = document.createElement('span')
  init() {}
  getGui() {
    return this.el
  }
  refresh() {
    return true
  }
}

export interface LayoutHooks {
  /** `in-range` and `fill-corner` for cells rendered later (useSelection, useFillHandle). */
  cellClassRules: Record<string, (p: CellClassParams) => boolean>
  /** Draws a group header row (useGroupHeaders). */
  renderGroup: (el: HTMLElement, entry: HeaderEntry) => void
}

export function useColumnLayout(g: GridCore, hooks: LayoutHooks) {
  const { props, emit, t, viewLayout, dataColumns } = g

  const headerHooks: HeaderHooks = {
    openMenu: (col, anchor) => emit('column-menu', col, anchor),
    addColumn: (anchor) => emit('add-column', anchor),
    typeName: (type) => t('types.' + type),
    menuLabel: '',
    addLabel: '',
    canEdit: props.canEdit,
  }
  /** AG Grid's `context`, read by the headers, the footer cells and the group headers. */
  const gridContext = { headerHooks, summarizeLabel: '', renderGroup: hooks.renderGroup }

  // ---- widths
  const widthKey = computed(() => `tablo.widths.${props.table.id}`)
  function savedWidths(): Record<string, number> {
    try {
      return JSON.parse(localStorage.getItem(widthKey.value) || '{}')
    } catch {
      return {}
    }
  }

  function onColumnResized(e: ColumnResizedEvent) {
    if (!e.finished || !e.columns) return
    const widths = savedWidths()
    for (const c of e.columns) widths[c.getColId()] = c.getActualWidth()
    saveWidthsToView(e.columns)
    try {
      localStorage.setItem(widthKey.value, JSON.stringify(widths))
    } catch {
      /* storage full or blocked: widths last for this page */
    }
  }

  function saveWidthsToView(cols: AgColumn[]) {
    if (!props.canEdit || !viewLayout.value || !props.saveView) return
    const widths = resizedWidths(viewLayout.value.column_widths ?? {}, cols.map((c) => ({ colId: c.getColId(), width: c.getActualWidth() })))
    if (widths) props.saveView({ column_widths: widths }).catch(() => undefined)
  }

  // ---- frozen columns (the column menu's "freeze up to here")
  const frozenKey = computed(() => `tablo.frozen.${props.table.id}`)
  const localFrozen = ref(Number(localStorage.getItem(frozenKey.value) ?? 1) || 1)

  /** How many leading columns stay pinned at the left (the primary column always does). */
  function frozenCount(): number {
    return frozenCountOf(viewLayout.value, localFrozen.value)
  }

  /** The column menu's "freeze up to here": pins the columns up to this one (null unfreezes). */
  function freezeColumns(columnId: number | null) {
    const index = columnId === null ? 0 : dataColumns.value.findIndex((c) => c.id === columnId)
    if (index >= 0) setFrozen(index + 1)
  }

  /** Freezes the columns up to the chosen one: saved in the view, or in this browser on "All rows". */
  async function setFrozen(n: number) {
    if (viewLayout.value) {
      if (!props.canEdit || !props.saveView) return
      await props.saveView({ frozen_count: n }).catch(() => undefined)
      return
    }
    localFrozen.value = n
    try {
      localStorage.setItem(frozenKey.value, String(n))
    } catch {
      /* storage blocked: frozen for this page */
    }
    showColumns()
  }

  // ---- order
  /**
   * Columns can be dragged to a new place by people who may edit: in a view it is saved as the
   * view's column order; on "All rows" as the column's position in the table.
   */
  const canMoveColumns = computed(() => props.canEdit && (!viewLayout.value || !!props.saveView))

  function onDragStopped() {
    if (!canMoveColumns.value) return
    const shownOld = dataColumns.value.map((c) => c.id)
    const shownNew = g.displayedDataColumns().map((c) => Number(c.getColId().slice(1)))
    if (!orderChanged(shownOld, shownNew)) return
    if (!viewLayout.value) {
      moveTableColumn(shownNew)
      return
    }
    props.saveView!({ column_order: viewColumnOrder(viewLayout.value, shownOld, shownNew) }).catch(() => {
      // Refused (reported by saveView): show the order the view still has.
      showColumns()
    })
  }

  async function moveTableColumn(shownNew: number[]) {
    const moved = movedColumn(dataColumns.value, shownNew)
    if (!moved) return
    try {
      const res = await moveColumn(moved.id, moved.position)
      emit('column-changed', res.column)
    } catch (e) {
      reportError(e)
      showColumns()
    }
  }

  // ---- definitions
  async function addOption(col: Column, name: string): Promise<SelectOption> {
    const existing = (col.options?.options as SelectOption[] | undefined) ?? []
    const res = await columnsApi.patch(col.id, { options: { ...col.options, options: [...existing, { name }] } })
    const updated = res.column
    emit('column-changed', updated)
    const opts = (updated.options?.options as SelectOption[]) ?? []
    const made = opts.find((o) => o.name === name.trim()) ?? opts[opts.length - 1]
    // The editor reads options through the column object it was built with; keep it current.
    col.options = updated.options
    return made
  }

  function buildColumnDefs(): ColDef[] {
    headerHooks.menuLabel = t('grid.columnMenu')
    headerHooks.addLabel = t('grid.addColumn')
    headerHooks.canEdit = props.canEdit
    gridContext.summarizeLabel = props.canEdit ? t('grid2.summarize') : ''
    const widths: Record<string, number> = { ...savedWidths() }
    // A view keeps its own widths (view settings `column_widths`, keyed by column id).
    for (const [id, w] of Object.entries(viewLayout.value?.column_widths ?? {})) widths['c' + id] = w
    const frozen = frozenCount()
    const ctx = {
      locale: g.locale.value,
      timeZone: timeZone(),
      canEdit: props.canEdit,
      members: () => props.members,
      t: (k: string, a?: Record<string, unknown>) => (a ? t(k, a) : t(k)),
      onInvalid: (m: string) => notify(m, 'error'),
      onError: reportError,
      addOption,
      width: (c: Column) => widths['c' + c.id],
      headerComponent: ColumnHeader,
    }
    const defs: ColDef[] = [rowNumberColDef({ expandLabel: t('grid.expandRow') })]
    defs[0].cellRendererSelector = (p) => (p.node.rowPinned ? { component: BlankCell } : undefined)
    // Under group headers a row's number is its place among the rows, not among the display rows.
    const numberRenderer = defs[0].cellRenderer as ((p: ICellRendererParams) => HTMLElement) | undefined
    if (typeof numberRenderer === 'function') {
      defs[0].cellRenderer = (p: ICellRendererParams) => {
        const pos = (p.data as Row | undefined)?._pos
        if (typeof pos !== 'number') return numberRenderer(p)
        return numberRenderer(Object.assign(Object.create(p), { node: Object.assign(Object.create(p.node), { rowIndex: pos }) }))
      }
    }
    dataColumns.value.forEach((col, index) => {
      const def = buildColDef(col, ctx)
      def.cellClassRules = { ...hooks.cellClassRules }
      // The footer (a pinned bottom row) shows the view's summaries, never the cell's editor.
      // (Only where the column is editable at all: a function there reads to AG Grid as "edited
      // with the default text editor", which is not registered — console error #200.)
      const editable = def.editable
      if (editable) def.editable = (p) => !p.node.rowPinned && (typeof editable === 'function' ? editable(p) : !!editable)
      def.cellRendererSelector = (p) => (p.node.rowPinned ? { component: SummaryCell } : undefined)
      if (col.is_primary) {
        def.pinned = 'left'
        def.lockPinned = true
        def.lockPosition = 'left'
      } else {
        // Explicitly, so an unfrozen column leaves the pinned area (the grid keeps unset state).
        def.pinned = index < frozen ? 'left' : null
      }
      defs.push(def)
    })
    if (props.canEdit) {
      defs.push({
        colId: '__add',
        headerName: '',
        headerComponent: AddColumnHeader,
        width: 52,
        resizable: false,
        suppressNavigable: true,
        suppressMovable: true,
        lockPosition: 'right',
        editable: false,
        cellClass: 'add-col-cell',
        valueGetter: () => '',
        cellRendererSelector: (p) => (p.node.rowPinned ? { component: BlankCell } : undefined),
      })
    }
    return defs
  }

  /** (Re)builds the grid's columns: after a change of columns, widths, frozen or order. */
  function showColumns() {
    g.api.value?.setGridOption('columnDefs', buildColumnDefs())
  }

  /** Sets the columns up on a new grid. */
  function init() {
    showColumns()
    g.api.value?.setGridOption('suppressMovableColumns', !canMoveColumns.value)
  }

  watch(
    () => [props.table.columns, g.locale.value, props.members, props.canEdit, viewLayout.value?.column_widths, viewLayout.value?.frozen_count],
    showColumns,
    { deep: true },
  )
  watch(canMoveColumns, (on) => g.api.value?.setGridOption('suppressMovableColumns', !on))

  return { gridContext, init, onColumnResized, onDragStopped, freezeColumns, frozenCount }
}
