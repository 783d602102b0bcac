/** Rollup: a summary (sum, count, …) of a field of the linked rows. */
import { computedText } from './computed'
import type { ColumnTypeModule } from './module'

export const rollup: ColumnTypeModule = {
  id: 'rollup',
  mark: 'Σ',
  text: computedText,
}
