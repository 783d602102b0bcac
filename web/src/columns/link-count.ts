/** Link count: how many rows a link cell of the row holds (computed by the server). */
import LinkedOptions from '../components/column/LinkedOptions.vue'
import type { ColumnTypeModule } from './module'

export const linkCount: ColumnTypeModule = {
  id: 'link-count',
  mark: '#⇄',
  options: LinkedOptions,
}
