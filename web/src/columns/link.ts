/** Link to another table: linked rows as chips, picked in a row picker; values are {_id, display_value}. */
import LinkOptions from '../components/column/LinkOptions.vue'
import { LinkEditor } from '../grid/editors'
import { linkLabels } from '../grid/labels'
import { linkChipsRenderer } from '../grid/renderers'
import { asList, popupEditor, type ColumnTypeModule } from './module'

export const link: ColumnTypeModule = {
  id: 'link',
  mark: '⇄',
  picked: true,
  sharedAsNames: true,
  options: LinkOptions,
  text: (_col, value) =>
    asList(value)
      .map((v) => (v && typeof v === 'object' ? String((v as { display_value?: unknown }).display_value ?? '') : String(v)))
      .join(', '),
  grid(def, col, ctx) {
    def.cellRenderer = linkChipsRenderer(() => ctx.t('cells.untitled'))
    popupEditor(def, LinkEditor, {
      link: {
        tableId: Number(col.options?.table_id),
        multiple: col.options?.is_multiple !== false,
        locale: ctx.locale,
        labels: linkLabels(ctx.t),
        onError: ctx.onError,
      },
    })
  },
  form: { input: 'link' },
}
