/** Text: one line, typed as is. */
import { blankIsNull, stringOf, textEditor, type ColumnTypeModule } from './module'

export const text: ColumnTypeModule = {
  id: 'text',
  mark: 'Aa',
  importable: true,
  grid(def, _col, ctx) {
    textEditor(def, ctx, stringOf, blankIsNull)
  },
  form: { input: 'text' },
}
