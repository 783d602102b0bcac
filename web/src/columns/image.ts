/** Images: uploaded in the cell's popup, shown as thumbnails. */
import { fileNames, filesGrid } from './attachments'
import type { ColumnTypeModule } from './module'

export const image: ColumnTypeModule = {
  id: 'image',
  mark: '▣',
  picked: true,
  groupable: false,
  text: (_col, value) => fileNames(value),
  grid: (def, _col, ctx) => filesGrid(def, ctx, true),
  form: { input: 'files', images: true },
}
