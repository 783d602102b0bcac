/** Single select: one of the column's options, shown as a chip. */
import ChoiceOptions from '../components/column/ChoiceOptions.vue'
import { choiceGrid } from './choices'
import { optionById, type ColumnTypeModule } from './module'

export const singleSelect: ColumnTypeModule = {
  id: 'single-select',
  mark: '◉',
  importable: true,
  sharedAsNames: true,
  options: ChoiceOptions,
  text: (col, value) => optionById(col, value)?.name ?? '',
  grid: (def, col, ctx) => choiceGrid(def, col, ctx, false),
  form: { input: 'picker' },
}
