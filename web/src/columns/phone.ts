/** A phone number: a tel: link in the cell. */
import { linkRenderer } from '../grid/renderers'
import { blankIsNull, stringOf, textEditor, type ColumnTypeModule } from './module'

export const phone: ColumnTypeModule = {
  id: 'phone',
  mark: '☏',
  importable: true,
  grid(def, _col, ctx) {
    textEditor(def, ctx, stringOf, blankIsNull, 'tel')
    def.cellRenderer = linkRenderer('phone')
  },
  form: { input: 'text', htmlType: 'tel' },
}
