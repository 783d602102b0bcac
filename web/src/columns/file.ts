/** Files: uploaded in the cell's popup, listed by name. */
import { fileNames, filesGrid } from './attachments'
import type { ColumnTypeModule } from './module'

export const file: ColumnTypeModule = {
  id: 'file',
  mark: '⎘',
  picked: true,
  groupable: false,
  text: (_col, value) => fileNames(value),
  grid: (def, _col, ctx) => filesGrid(def, ctx, false),
  form: { input: 'files' },
}
