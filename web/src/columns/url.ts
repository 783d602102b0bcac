/** A web address: a link in the cell (http and https only, see safeUrl). */
import { linkRenderer } from '../grid/renderers'
import { blankIsNull, stringOf, textEditor, type ColumnTypeModule } from './module'

export const url: ColumnTypeModule = {
  id: 'url',
  mark: '🔗︎',
  importable: true,
  grid(def, _col, ctx) {
    textEditor(def, ctx, stringOf, blankIsNull)
    def.cellRenderer = linkRenderer('url')
  },
  form: { input: 'text', htmlType: 'url' },
}
