/** Multiple select: several of the column's options, as chips. */
import ChoiceOptions from '../components/column/ChoiceOptions.vue'
import { choiceGrid, optionNames } from './choices'
import type { ColumnTypeModule } from './module'

export const multipleSelect: ColumnTypeModule = {
  id: 'multiple-select',
  mark: '☰',
  importable: true,
  sharedAsNames: true,
  options: ChoiceOptions,
  text: optionNames,
  grid: (def, col, ctx) => choiceGrid(def, col, ctx, true),
  form: { input: 'picker', multiple: true },
}
