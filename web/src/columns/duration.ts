/** Duration in seconds, shown as h:mm (or the column's format); the server reads the typed text. */
import DurationOptions from '../components/column/DurationOptions.vue'
import { formatDuration } from '../format'
import { textEditor, type ColumnTypeModule } from './module'

const durationText: NonNullable<ColumnTypeModule['text']> = (col, value) => formatDuration(value, col.options?.format)

export const duration: ColumnTypeModule = {
  id: 'duration',
  mark: '⏱',
  width: 140,
  options: DurationOptions,
  importable: true,
  text: durationText,
  grid(def, col, ctx) {
    def.type = 'rightAligned'
    // The server reads h:mm, h:mm:ss and "1h 30m"; the typed text goes as is.
    textEditor(def, ctx, (v) => (v == null ? '' : durationText(col, v, ctx.text)), (s) => (s.trim() === '' ? null : s.trim()))
  },
  form: { input: 'text', text: durationText },
}
