/** Lookup: a field of the linked rows. */
import LinkedOptions from '../components/column/LinkedOptions.vue'
import { computedText } from './computed'
import type { ColumnTypeModule } from './module'

export const lookup: ColumnTypeModule = {
  id: 'lookup',
  mark: '⤷',
  options: LinkedOptions,
  text: computedText,
}
