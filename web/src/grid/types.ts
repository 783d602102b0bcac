/**
 * What the grid asks about a column's type: whether its cells may be written and how its values
 * become text. The answers come from the type's module (web/src/columns/) and the server's
 * catalog (web/src/columns/catalog.ts); nothing here names a type.
 */
import type { Column } from '../api/types'
import { isReadOnlyType } from '../columns/catalog'
import { columnModule } from '../columns/index'
import { plainText, type TextContext } from '../columns/module'

export type { TextContext } from '../columns/module'

/** Not writable by typing, paste, fill down or clearing a range. */
export function isReadOnly(col: Column): boolean {
  return col.read_only || isReadOnlyType(col.type) || !!columnModule(col).picked
}

/** Whether a person with edit rights can change the cell at all (in its editor or the row form). */
export function isEditableType(col: Column): boolean {
  return !col.read_only && !isReadOnlyType(col.type)
}

/** A value as display text (also the text copied to the clipboard for most types). */
export function displayText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  const text = columnModule(col).text
  return text ? text(col, value, ctx) : plainText(value)
}

/**
 * A value as clipboard text that spreadsheets and this grid read back: numbers without
 * grouping in the locale's decimal, dates as shown, options and people by name or email.
 */
export function clipboardText(col: Column, value: unknown, ctx: TextContext): string {
  if (value === null || value === undefined) return ''
  const clipboard = columnModule(col).clipboard
  return clipboard ? clipboard(col, value, ctx) : displayText(col, value, ctx)
}

/** The value a cleared cell takes. */
export function emptyValue(col: Column): unknown {
  return columnModule(col).empty ?? null
}
