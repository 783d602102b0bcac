/** Auto number: the server numbers the rows (prefix, digits); never edited. */
import type { ColumnTypeModule } from './module'

export const autoNumber: ColumnTypeModule = {
  id: 'auto-number',
  mark: '№',
  width: 140,
}
