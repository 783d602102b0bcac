/**
 * AG Grid column definitions for Tablo columns. What is common to every column is here; the
 * renderer, editor and alignment of a type come from its module (web/src/columns/<type>.ts).
 */
import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community'
import type { Column } from '../api/types'
import { isReadOnlyType } from '../columns/catalog'
import { columnModule } from '../columns/index'
import { suppressWhileEditing, type ColDefContext } from '../columns/module'
import { lockedRenderer } from './renderers'
import { displayText, isEditableType } from './types'


export function buildColDef(col: Column, ctx: ColDefContext): ColDef {
  const editable = ctx.canEdit && isEditableType(col)
  const textCtx = { locale: ctx.locale, timeZone: ctx.timeZone, members: ctx.members() }
  const type = columnModule(col)
  const def: ColDef = {
    colId: 'c' + col.id,
    field: String(col.id),
    headerName: col.name,
    width: ctx.width(col) ?? type.width ?? (col.is_primary ? 220 : 180),
    minWidth: 60,
    editable,
    headerComponent: ctx.headerComponent,
    headerComponentParams: { column: col },
    cellClass: ['tcell', 't-' + col.type, ...(editable ? [] : ['readonly'])],
    headerTooltip: col.description || undefined,
    valueFormatter: (p: ValueFormatterParams) => displayText(col, p.value, { ...textCtx, members: ctx.members() }),
    equals: (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null),
    suppressKeyboardEvent: suppressWhileEditing,
  }
  type.grid?.(def, col, { ...ctx, editable, text: textCtx })
  // Values the server writes show a lock hint (unless the type draws its own cell).
  if (isReadOnlyType(col.type) && !def.cellRenderer) def.cellRenderer = lockedRenderer(() => ctx.t('cells.locked'))
  return def
}

/** The pinned row-number column: shows the position, holds the expand button. */
export function rowNumberColDef(ctx: { expandLabel: string }): ColDef {
  return {
    colId: '__row',
    headerName: '',
    // Room for seven digits (a million rows) and the expand button.
    width: 96,
    pinned: 'left',
    lockPinned: true,
    lockPosition: 'left', // always the first column, left of the (also locked) primary column
    resizable: false,
    sortable: false,
    suppressMovable: true,
    suppressNavigable: false,
    editable: false,
    cellClass: 'row-number',
    valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1,
    cellRenderer: (p: ICellRendererParams) => {
      const box = document.createElement('span')
      box.className = 'row-number-inner'
      const n = document.createElement('span')
      n.className = 'n'
      n.textContent = p.data ? String((p.node.rowIndex ?? 0) + 1) : ''
      box.appendChild(n)
      if (p.data) {
        const b = document.createElement('button')
        b.className = 'expand'
        b.type = 'button'
        b.title = ctx.expandLabel
        b.setAttribute('aria-label', ctx.expandLabel)
        b.dataset.action = 'expand'
        b.innerHTML =
          '<svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M15 3h6v6M9 21H3v-6M21 3l-7 7M3 21l7-7"/></svg>'
        box.appendChild(b)
      }
      return box
    },
  }
}
