/** Long text: Markdown, edited in a popup with a preview; Enter is a new line. */
import type { SuppressKeyboardEventParams } from 'ag-grid-community'
import { LongTextEditor } from '../grid/editors'
import { markdownRenderer } from '../grid/renderers'
import { popupEditor, suppressWhileEditing, type ColumnTypeModule } from './module'

function suppressInLongText(p: SuppressKeyboardEventParams): boolean {
  return suppressWhileEditing(p) || (p.editing && p.event.key === 'Enter' && !(p.event.ctrlKey || p.event.metaKey))
}

export const longText: ColumnTypeModule = {
  id: 'long-text',
  mark: '¶',
  width: 260,
  importable: true,
  groupable: false,
  grid(def, _col, ctx) {
    popupEditor(def, LongTextEditor, { hint: ctx.t('cells.markdownHint'), previewLabel: ctx.t('cells.preview') })
    def.cellRenderer = markdownRenderer()
    def.suppressKeyboardEvent = suppressInLongText
  },
  form: { input: 'long-text' },
}
