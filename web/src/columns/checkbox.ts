/** Checkbox: toggled in the cell (a click on its box, Space or Enter); cleared to false. */
import { checkboxRenderer } from '../grid/renderers'
import type { ColumnTypeModule } from './module'

export const checkbox: ColumnTypeModule = {
  id: 'checkbox',
  mark: '☑',
  width: 130,
  importable: true,
  empty: false,
  toggles: true,
  clicked: (_col, value, target) => (target.closest('[data-action="toggle"]') ? { value: !value } : undefined),
  text: (_col, value) => (value ? '✓' : ''),
  clipboard: (_col, value) => (value ? 'true' : 'false'),
  grid(def, _col, ctx) {
    def.editable = false // toggled, never edited as text
    def.cellRenderer = checkboxRenderer(ctx.editable)
    def.valueFormatter = undefined
  },
  form: { input: 'checkbox' },
}
