/** Auto number: the server numbers the rows (prefix, digits); never edited. */
import AutoNumberOptions from '../components/column/AutoNumberOptions.vue'
import type { ColumnTypeModule } from './module'

export const autoNumber: ColumnTypeModule = {
  id: 'auto-number',
  mark: '№',
  width: 140,
  options: AutoNumberOptions,
}
