/** Rollup: a summary (sum, count, …) of a field of the linked rows. */
import LinkedOptions from '../components/column/LinkedOptions.vue'
import { computedText } from './computed'
import type { ColumnTypeModule } from './module'

export const rollup: ColumnTypeModule = {
  id: 'rollup',
  mark: 'Σ',
  options: LinkedOptions,
  text: computedText,
}
