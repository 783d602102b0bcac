/** AG Grid column definitions for Tablo columns: display, editor and key handling per type. */
import type { ColDef, ICellRendererParams, SuppressKeyboardEventParams, ValueFormatterParams } from 'ag-grid-community'
import type { Column, Member, SelectOption } from '../api/types'
import {
  dateForInput,
  formatDate,
  inputToDateValue,
  localeDatePattern,
  numberForEditing,
  parseDateInput,
  parseNumberInput,
} from '../format'
import { DateEditor, FilesEditor, LinkEditor, LongTextEditor, PickerEditor, TextEditor, type PickerOption } from './editors'
import {
  checkboxRenderer,
  filesRenderer,
  linkChipsRenderer,
  linkRenderer,
  lockedRenderer,
  markdownRenderer,
  peopleRenderer,
  rateRenderer,
  selectRenderer,
} from './renderers'
import { COMPUTED_TYPES, displayText, isEditableType, selectOptions } from './types'
import { calendarLabels, fileLabels, linkLabels } from './labels'
import { GEO_TYPE, GEO_WIDTH, geoColDef } from '../columns/geolocation'

export interface ColDefContext {
  locale: string
  timeZone?: string
  canEdit: boolean
  members(): Member[]
  t(key: string, args?: Record<string, unknown>): string
  onInvalid(message: string): void
  onError(e: unknown): void
  /** Adds an option to a select column on the server and returns it. */
  addOption(col: Column, name: string): Promise<SelectOption>
  /** Width saved for a column, if the person resized it. */
  width(col: Column): number | undefined
  headerComponent: unknown
}

const DEFAULT_WIDTH: Record<string, number> = {
  checkbox: 130,
  rate: 150,
  number: 150,
  date: 170,
  duration: 140,
  'long-text': 260,
  'auto-number': 140,
  [GEO_TYPE]: GEO_WIDTH,
}

/**
 * Keys the grid must leave alone while editing: Tab (GridView ends the edit and moves one cell,
 * where the grid would open the next cell's editor or picker), and Enter in long text (a new line).
 */
function suppressWhileEditing(p: SuppressKeyboardEventParams): boolean {
  return p.editing && p.event.key === 'Tab'
}
function suppressInLongText(p: SuppressKeyboardEventParams): boolean {
  return suppressWhileEditing(p) || (p.editing && p.event.key === 'Enter' && !(p.event.ctrlKey || p.event.metaKey))
}

export function buildColDef(col: Column, ctx: ColDefContext): ColDef {
  const editable = ctx.canEdit && isEditableType(col)
  const textCtx = { locale: ctx.locale, timeZone: ctx.timeZone, members: ctx.members() }
  const def: ColDef = {
    colId: 'c' + col.id,
    field: String(col.id),
    headerName: col.name,
    width: ctx.width(col) ?? DEFAULT_WIDTH[col.type] ?? (col.is_primary ? 220 : 180),
    minWidth: 60,
    editable: editable && col.type !== 'checkbox',
    headerComponent: ctx.headerComponent,
    headerComponentParams: { column: col },
    cellClass: ['tcell', 't-' + col.type, ...(editable ? [] : ['readonly'])],
    headerTooltip: col.description || undefined,
    valueFormatter: (p: ValueFormatterParams) => displayText(col, p.value, { ...textCtx, members: ctx.members() }),
    equals: (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null),
    suppressKeyboardEvent: suppressWhileEditing,
  }
  const textEditor = (format: (v: unknown) => string, parse: (s: string) => unknown, inputMode?: string) => {
    def.cellEditor = TextEditor
    def.cellEditorParams = { editor: { format, parse, onInvalid: ctx.onInvalid }, inputMode }
  }
  switch (col.type) {
    case 'text':
    case 'email':
    case 'phone':
    case 'url':
      textEditor(
        (v) => (v == null ? '' : String(v)),
        (s) => (s.trim() === '' ? null : s),
        col.type === 'phone' ? 'tel' : col.type === 'email' ? 'email' : undefined,
      )
      if (col.type !== 'text') def.cellRenderer = linkRenderer(col.type)
      break
    case 'long-text':
      def.cellEditor = LongTextEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      def.cellEditorParams = { hint: ctx.t('cells.markdownHint'), previewLabel: ctx.t('cells.preview') }
      def.cellRenderer = markdownRenderer()
      def.suppressKeyboardEvent = suppressInLongText
      break
    case 'number':
      def.type = 'rightAligned'
      textEditor(
        (v) => numberForEditing(v, col.options, ctx.locale),
        (s) => {
          const n = parseNumberInput(s, col.options, ctx.locale)
          if (n !== null && Number.isNaN(n)) throw new Error(ctx.t('grid.notANumber', { text: s }))
          return n
        },
        'decimal',
      )
      break
    case 'rate': {
      const max = Number(col.options?.max) || 5
      def.cellRenderer = rateRenderer(col, editable)
      textEditor(
        (v) => (v == null ? '' : String(v)),
        (s) => {
          if (!s.trim()) return null
          const n = Number(s.trim())
          if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(ctx.t('grid.badRating', { max }))
          return n || null
        },
        'numeric',
      )
      break
    }
    case 'duration':
      def.type = 'rightAligned'
      // The server reads h:mm, h:mm:ss and "1h 30m"; the typed text goes as is.
      textEditor(
        (v) => displayText(col, v, textCtx),
        (s) => (s.trim() === '' ? null : s.trim()),
      )
      break
    case 'date': {
      const includeTime = !!col.options?.include_time
      def.cellEditor = DateEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      const pattern = col.options?.format && col.options.format !== 'locale' ? col.options.format : localeDatePattern(ctx.locale)
      // In the interface's letters: дд.мм.гггг чч:мм in Russian, mm/dd/yyyy hh:mm in English.
      const letter: Record<string, string> = {
        d: ctx.t('grid.dayLetter'),
        m: ctx.t('grid.monthLetter'),
        y: ctx.t('grid.yearLetter'),
        h: ctx.t('grid.hourLetter'),
        n: ctx.t('grid.minuteLetter'),
      }
      const placeholder = (pattern.toLowerCase() + (includeTime ? ' hh:nn' : '')).replace(/[dmyhn]/g, (c) => letter[c])
      def.cellEditorParams = {
        date: {
          includeTime,
          locale: ctx.locale,
          calendarLabels: calendarLabels(ctx.t),
          format: (v: unknown) => formatDate(v, col.options, ctx.locale, ctx.timeZone),
          parseTyped: (s: string) => parseDateInput(s, col.options?.format, ctx.locale),
          toValue: (input: string) => inputToDateValue(input, includeTime, ctx.timeZone),
          toInput: (v: unknown) => dateForInput(v, includeTime, ctx.timeZone),
          placeholder,
          invalidMessage: (text: string) =>
            ctx.t('grid.notADate', {
              text,
              pattern: placeholder,
              example: formatDate(new Date().toISOString().slice(0, includeTime ? 16 : 10) + (includeTime ? ':00Z' : ''), col.options, ctx.locale, ctx.timeZone),
            }),
          onInvalid: ctx.onInvalid,
        },
      }
      break
    }
    case 'checkbox':
      def.cellRenderer = checkboxRenderer(editable)
      def.valueFormatter = undefined
      break
    case 'single-select':
    case 'multiple-select': {
      def.cellRenderer = selectRenderer(col)
      def.cellEditor = PickerEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      def.cellEditorParams = {
        picker: {
          multiple: col.type === 'multiple-select',
          options: (): PickerOption[] => selectOptions(col),
          addOption: (name: string) => ctx.addOption(col, name),
          labels: pickerLabels(ctx),
          onError: ctx.onError,
        },
      }
      break
    }
    case 'collaborator':
      def.cellRenderer = peopleRenderer(ctx.members)
      def.cellEditor = PickerEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      def.cellEditorParams = {
        picker: {
          multiple: true,
          options: (): PickerOption[] =>
            ctx.members().map((m) => ({ id: m.id, name: m.name || m.email, color: '#DDD9FF', detail: m.email })),
          labels: pickerLabels(ctx),
          onError: ctx.onError,
        },
      }
      break
    case 'creator':
    case 'last-modifier':
      def.cellRenderer = peopleRenderer(ctx.members)
      break
    case 'file':
    case 'image':
      def.cellRenderer = filesRenderer(col.type === 'image', () => fileLabels(ctx.t))
      def.cellEditor = FilesEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      def.cellEditorParams = { files: { images: col.type === 'image', labels: fileLabels(ctx.t), onError: ctx.onError } }
      break
    case 'link':
      def.cellRenderer = linkChipsRenderer(() => ctx.t('cells.untitled'))
      def.cellEditor = LinkEditor
      def.cellEditorPopup = true
      def.cellEditorPopupPosition = 'under'
      def.cellEditorParams = {
        link: {
          tableId: Number(col.options?.table_id),
          multiple: col.options?.is_multiple !== false,
          locale: ctx.locale,
          labels: linkLabels(ctx.t),
          onError: ctx.onError,
        },
      }
      break
    case GEO_TYPE:
      geoColDef(def, ctx)
      break
    case 'auto-number':
    case 'ctime':
    case 'mtime':
      def.type = col.type === 'auto-number' ? undefined : 'rightAligned'
      break
    default:
      break
  }
  if (COMPUTED_TYPES.has(col.type) && !def.cellRenderer) def.cellRenderer = lockedRenderer(() => ctx.t('cells.locked'))
  return def
}

export function pickerLabels(ctx: Pick<ColDefContext, 't'>) {
  return {
    search: ctx.t('grid.pickerSearch'),
    add: (name: string) => ctx.t('grid.pickerAdd', { name }),
    empty: ctx.t('grid.pickerEmpty'),
    clear: ctx.t('grid.pickerClear'),
  }
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
