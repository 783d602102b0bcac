/**
 * The shape of a column type's web module (web/src/columns/<type>.ts, registered in
 * web/src/columns/index.ts): everything type-specific the app does with a column's values —
 * its mark, default width, display and clipboard text, the grid cell and editor, the row
 * form's input and the column dialog's options editor. Facts the server decides (creatable,
 * read-only, computed, list-valued, family, summaries) are not here: they come from
 * GET /api/column-types (web/src/columns/catalog.ts).
 */
import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community'
import type { Component } from 'vue'
import type { Column, Member, SelectOption } from '../api/types'
import { TextEditor } from '../grid/editors'

export type Translate = (key: string, args?: Record<string, unknown>) => string

/** What turning a value into text needs: the interface's locale and time zone, the base's people. */
export interface TextContext {
  locale: string
  timeZone?: string
  members: Member[]
}

/** What building a grid column needs (GridView supplies it through grid/coldefs.ts). */
export interface ColDefContext {
  locale: string
  timeZone?: string
  canEdit: boolean
  members(): Member[]
  t: Translate
  onInvalid(message: string): void
  onError(e: unknown): void
  /** Adds an option to a select column on the server and returns it. */
  addOption(col: Column, name: string): Promise<SelectOption>
  /** Width saved for a column, if the person resized it. */
  width(col: Column): number | undefined
  headerComponent: unknown
}

/** A type's grid hook gets the context plus what buildColDef already worked out. */
export interface GridContext extends ColDefContext {
  /** The person may change this column's cells. */
  editable: boolean
  text: TextContext
}

/** What the row form's reading and writing of a value needs. */
export interface FormContext extends TextContext {
  t: Translate
}

/**
 * The row form's input for a type (components/RowExpand.vue):
 * - `text`: a one-line input holding the value as text (`text` / `read` convert);
 * - `long-text`: a textarea with a Markdown preview;
 * - `date`: a text input with a calendar button;
 * - `checkbox`, `rate` (stars), `picker` (options or people), `files`, `link`: their own widgets.
 */
export interface FormInput {
  input: 'text' | 'long-text' | 'date' | 'checkbox' | 'rate' | 'picker' | 'files' | 'link'
  /** The HTML input type of a `text` input (email, url, tel). */
  htmlType?: string
  /** The input's inputmode (decimal for numbers). */
  inputMode?: 'decimal' | 'numeric' | 'tel' | 'email' | 'url' | 'text'
  /** A locale key for the input's placeholder. */
  placeholder?: string
  /** `picker`: several values; `picker` of people: the base's members instead of the options. */
  multiple?: boolean
  people?: boolean
  /** `files`: show thumbnails. */
  images?: boolean
  /** The form's text of a non-null value (default: String(value)). */
  text?(col: Column, value: unknown, ctx: FormContext): string
  /** The typed text back to a value; throws an Error with the message to show (default: blank → null). */
  read?(col: Column, text: string, ctx: FormContext): unknown
  /** Whether two values are the same (default: equal JSON). */
  same?(a: unknown, b: unknown): boolean
  /** A link shown under the input for the stored value (the map of a point), or null. */
  link?(value: unknown): { href: string; label: string } | null
}

export interface ColumnTypeModule {
  /** The server's type id (server/columns/registry.py). */
  id: string
  /** The type's mark in column headers and the type picker. */
  mark: string
  /** Default grid column width in px, when not the grid's default. */
  width?: number
  /** A non-null value as display text (cells, search, group headers, titles). Default: plainText. */
  text?(col: Column, value: unknown, ctx: TextContext): string
  /** A non-null value as clipboard text that this grid and spreadsheets read back. Default: `text`. */
  clipboard?(col: Column, value: unknown, ctx: TextContext): string
  /** The value a cleared cell takes (default null). */
  empty?: unknown
  /** Edited only in its own popup (uploads, row pickers): never typed, pasted, filled or cleared as text. */
  picked?: boolean
  /** A true/false cell: Space or Enter over it flips it (every selected one, as the first). */
  toggles?: boolean
  /**
   * A click inside the cell that sets a value with no editor (the checkbox's box, a star):
   * `{ value }` to store, or undefined when the click was elsewhere in the cell.
   */
  clicked?(col: Column, value: unknown, target: HTMLElement): { value: unknown } | undefined
  /**
   * Pasted text as the value to send, read in the interface's language. Default: the text as
   * pasted (the server parses it), blank text empties the cell.
   */
  paste?(col: Column, text: string, ctx: { locale: string; timeZone?: string }): unknown
  /** Views may group rows by it (default true). */
  groupable?: boolean
  /** Offered as a column type when importing a file (the import converts text into it). */
  importable?: boolean
  /** The shared-view API sends its values as names already (options, people, linked rows). */
  sharedAsNames?: boolean
  /** The column dialog's editor of the type's options (components/column/options.ts says what it gets). */
  options?: Component
  /** A locale key: the column dialog's note on the type, for a type without options to set. */
  hint?: string
  /** Sets the grid column's renderer, editor and alignment. */
  grid?(def: ColDef, col: Column, ctx: GridContext): void
  /** The row form's input; absent for types the form only shows (read-only, computed). */
  form?: FormInput
}

/** Any value as text when its type says nothing more: lists joined with ", ", objects as JSON. */
export function plainText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === null || v === undefined || v === '' ? [] : [v]
}

/** The grid's text editor on a column: `format` gives the starting text, `parse` reads the typed one. */
export function textEditor(
  def: ColDef,
  ctx: Pick<ColDefContext, 'onInvalid'>,
  format: (v: unknown) => string,
  parse: (s: string) => unknown,
  inputMode?: string,
): void {
  def.cellEditor = TextEditor
  def.cellEditorParams = { editor: { format, parse, onInvalid: ctx.onInvalid }, inputMode }
}

/** A popup editor under the cell (pickers, calendars, uploads). */
export function popupEditor(def: ColDef, editor: unknown, params: Record<string, unknown>): void {
  def.cellEditor = editor
  def.cellEditorPopup = true
  def.cellEditorPopupPosition = 'under'
  def.cellEditorParams = params
}

/** Text as typed: blank is no value. */
export const blankIsNull = (s: string): string | null => (s.trim() === '' ? null : s)

export const stringOf = (v: unknown): string => (v == null ? '' : String(v))

/** The options of a single or multiple select column. */
export function selectOptions(col: Column): SelectOption[] {
  return (col.options?.options as SelectOption[] | undefined) ?? []
}

export function optionById(col: Column, id: unknown): SelectOption | undefined {
  return selectOptions(col).find((o) => o.id === id)
}

/** A person by id: name, else email, else the id itself. */
export function memberLabel(members: Member[], id: unknown): string {
  const m = members.find((x) => x.id === id)
  return m ? m.name || m.email : id === null || id === undefined ? '' : String(id)
}

/** A person by id as clipboard text: the email, which a paste reads back. */
export function memberEmail(members: Member[], id: unknown): string {
  return members.find((m) => m.id === id)?.email ?? String(id)
}

/**
 * Keys the grid must leave alone while editing: Tab (GridView ends the edit and moves one cell,
 * where the grid would open the next cell's editor or picker).
 */
export function suppressWhileEditing(p: SuppressKeyboardEventParams): boolean {
  return p.editing && p.event.key === 'Tab'
}
