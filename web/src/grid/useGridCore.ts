/**
 * What every section of the grid shares: its props and events, the AG Grid API and the
 * wrapper element, the row count, the selection and whether it was made on row numbers, the
 * row source, and the lookups between display indexes and columns and rows. The sections
 * (useSelection, useEdits, …) each take this object; GridView.vue makes it once.
 */
import type { Column as AgColumn, GridApi, IRowNode } from 'ag-grid-community'
import { computed, onBeforeUnmount, ref, shallowRef, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Column, Member, Row, Table } from '../api/types'
import { timeZone } from '../store'
import type { ViewSettings } from '../view/settings'
import { fetchRange, groupedSource, isGroupRow, type GroupedSource, type RowSource } from './datasource'
import type { Selection } from './selection'

export interface GridProps {
  baseId: number
  table: Table
  source: RowSource
  members: Member[]
  canEdit: boolean
  /** Where other people's cursors are (live presence), drawn as coloured outlines. */
  peers?: { rowId: string; columnId: number; name: string; color: string }[]
  /** The view's row height in pixels (view settings `row_height`). */
  rowHeight?: number
  /** The open view's settings (column order, widths, summaries); on "All rows" its unsaved ones. */
  viewSettings?: ViewSettings | null
  /** The settings are "All rows"' unsaved ones (view/draft.ts): column order, widths and frozen
   * columns stay the table's (kept in the table and this browser), as on a plain "All rows". */
  unsaved?: boolean
  /** Saves part of the open view's settings (one undoable action). */
  saveView?: (patch: Partial<ViewSettings>) => Promise<void>
}

export interface GridEvents {
  count: [n: number]
  selection: [info: { rows: number; cells: number; wholeRows: boolean }]
  expand: [row: Row]
  /** The row menu's «Documents…»: the row form opens with its documents menu open. */
  documents: [row: Row]
  undo: []
  redo: []
  'column-menu': [col: Column, anchor: DOMRect]
  'add-column': [anchor: DOMRect]
  'column-changed': [col: Column]
  cursor: [cell: { row_id: string; column_id: number } | null]
}

export type GridEmit = <K extends keyof GridEvents>(event: K, ...args: GridEvents[K]) => void

/** Data columns are `c<id>`; the row number (`__row`) and "+" (`__add`) are not. */
export function isDataColId(colId: string): boolean {
  return /^c\d+$/.test(colId)
}

/** A list in pieces the server accepts in one request (1,000 rows). */
export function chunk<T>(list: T[], size = 1000): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/**
 * The shared state. `refresh` re-reads the rows (GridView's, which also re-reads the footer);
 * it is passed in because the sections call it and GridView defines it over them.
 */
export function useGridCore(props: GridProps, emit: GridEmit, refresh: () => void) {
  const { t, locale } = useI18n()
  const api = shallowRef<GridApi | null>(null)
  /** The element around the grid (the template's `ref="wrapper"`). */
  const wrapper = useTemplateRef<HTMLElement>('wrapper')
  const rowCount = ref(0)
  const sel = ref<Selection | null>(null)

  /** The settings that hold a saved view's layout (order, widths, frozen); null on "All rows". */
  const viewLayout = computed(() => (props.unsaved ? null : props.viewSettings ?? null))

  /** A view's columns come in the view's order; "All rows" shows the table's by position. */
  const dataColumns = computed(() =>
    viewLayout.value ? props.table.columns : [...props.table.columns].sort((a, b) => a.position - b.position || a.id - b.id),
  )

  /** Under a grouped view the rows come with a header row before each group. */
  const isGrouped = () => !!props.viewSettings?.group_by?.length

  function displayedDataColumns(): AgColumn[] {
    return (api.value?.getAllDisplayedColumns() ?? []).filter((c) => isDataColId(c.getColId()))
  }

  function colIndexOf(colId: string): number {
    return displayedDataColumns().findIndex((c) => c.getColId() === colId)
  }

  function columnAt(index: number): Column | undefined {
    const ag = displayedDataColumns()[index]
    if (!ag) return undefined
    const id = Number(ag.getColId().slice(1))
    return dataColumns.value.find((c) => c.id === id)
  }

  function columnOf(colId: string | undefined): Column | undefined {
    if (!colId || !isDataColId(colId)) return undefined
    return dataColumns.value.find((c) => c.id === Number(colId.slice(1)))
  }

  function bounds() {
    return { rows: Math.max(rowCount.value, 0), cols: displayedDataColumns().length }
  }

  function nodeAt(index: number): IRowNode | undefined {
    return api.value?.getDisplayedRowAtIndex(index) ?? undefined
  }

  /** Rows at view positions [top, bottom], from the grid's cache or fetched when not loaded. */
  async function rowsBetween(top: number, bottom: number): Promise<Row[]> {
    const out: Row[] = []
    for (let i = top; i <= bottom; i++) {
      const d = nodeAt(i)?.data as Row | undefined
      if (!d) return (await fetchRange(core.src, top, bottom - top + 1)).filter((r) => !isGroupRow(r))
      // Group header rows are not rows: nothing is read from or written to them.
      if (!isGroupRow(d)) out.push(d)
    }
    return out
  }

  function isEditing(): boolean {
    return (api.value?.getEditingCells().length ?? 0) > 0
  }

  /** The event happened on the grid itself, not in a field (the search box, an editor). */
  function eventInGrid(e: Event): boolean {
    const target = e.target as HTMLElement | null
    if (!target || !wrapper.value?.contains(target)) return false
    return !target.closest('input, textarea, select, [contenteditable="true"]')
  }

  /** What cell texts are read with (copy, search, group headers, summaries). */
  function textCtx() {
    return { locale: locale.value, timeZone: timeZone(), members: props.members }
  }

  /** Listens on the document while the grid is mounted (popup editors live in the page's body). */
  function onDocument<K extends keyof DocumentEventMap>(type: K, handler: (e: DocumentEventMap[K]) => void) {
    document.addEventListener(type, handler)
    onBeforeUnmount(() => document.removeEventListener(type, handler))
  }

  const core = {
    props,
    emit,
    t,
    locale,
    api,
    wrapper,
    rowCount,
    sel,
    /** The selection was made on the row numbers (whole rows), so row actions apply. */
    rowMode: false,
    /** The rows, with group headers under a grouped view; replaced when the source changes. */
    src: groupedSource(props.source, isGrouped) as GroupedSource,
    isGrouped,
    viewLayout,
    dataColumns,
    displayedDataColumns,
    colIndexOf,
    columnAt,
    columnOf,
    bounds,
    nodeAt,
    rowsBetween,
    isEditing,
    eventInGrid,
    textCtx,
    onDocument,
    refresh,
  }
  return core
}

export type GridCore = ReturnType<typeof useGridCore>
