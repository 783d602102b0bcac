/** An email address: a mailto link in the cell. */
import { linkRenderer } from '../grid/renderers'
import { blankIsNull, stringOf, textEditor, type ColumnTypeModule } from './module'

export const email: ColumnTypeModule = {
  id: 'email',
  mark: '@',
  importable: true,
  grid(def, _col, ctx) {
    textEditor(def, ctx, stringOf, blankIsNull, 'email')
    def.cellRenderer = linkRenderer('email')
  },
  form: { input: 'text', htmlType: 'email' },
}
