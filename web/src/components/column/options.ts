/**
 * What the column dialog gives a type's options editor (the `options` component of its module
 * in web/src/columns/), and how an editor hands its options back: it emits `options` with the
 * options object to save whenever they change (first on mount).
 */
import type { Column, Table } from '../../api/types'

export interface OptionsEditorProps {
  /** The type being set up (lookup, rollup and link count share one editor). */
  type: string
  /** The saved options to start from: the column's, when its type uses this editor; else {}. */
  initial: Record<string, any>
  /** The column being edited; null for a new column. */
  column: Column | null
  tableId: number
  tables: Table[]
  /** The table's other columns. */
  otherColumns: Column[]
  /** The server's message for the first of these option fields that has one ('' when none). */
  fe: (...keys: string[]) => string
}

export type OptionsEmits = { options: [options: Record<string, unknown>] }

/** The number display formats a column or a computed number result may take. */
export const NUMBER_FORMATS = ['number', 'decimal', 'percent', 'currency'] as const
/** Date formats a person picks (null: as the interface language, where offered). */
export const DATE_FORMATS: [string, string][] = [
  ['DD.MM.YYYY', '31.12.2026'],
  ['MM/DD/YYYY', '12/31/2026'],
  ['DD/MM/YYYY', '31/12/2026'],
  ['YYYY-MM-DD', '2026-12-31'],
]

/** How a computed result is shown, as saved in a formula's or rollup's options. */
export function resultDisplay(initial: Record<string, any>) {
  const shown = { format: 'number', precision: 2, currency_symbol: '₽', date_format: 'YYYY-MM-DD' }
  for (const k of ['format', 'precision', 'currency_symbol', 'date_format'] as const) if (initial[k] !== undefined) (shown as any)[k] = initial[k]
  return shown
}
