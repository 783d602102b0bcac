/** Formula: a value computed from the row's cells (server/formulas). */
import FormulaOptions from '../components/column/FormulaOptions.vue'
import { computedText } from './computed'
import type { ColumnTypeModule } from './module'

export const formula: ColumnTypeModule = {
  id: 'formula',
  mark: 'ƒ',
  options: FormulaOptions,
  text: computedText,
}
