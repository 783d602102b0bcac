/** Lookup: a field of the linked rows. */
import { computedText } from './computed'
import type { ColumnTypeModule } from './module'

export const lookup: ColumnTypeModule = {
  id: 'lookup',
  mark: '⤷',
  text: computedText,
}
