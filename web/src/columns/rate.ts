/** Rating: stars up to the column's max (5 by default); typing a digit sets it. */
import RateOptions from '../components/column/RateOptions.vue'
import { rateRenderer } from '../grid/renderers'
import { stringOf, textEditor, type ColumnTypeModule } from './module'

export const rate: ColumnTypeModule = {
  id: 'rate',
  mark: '★',
  width: 150,
  options: RateOptions,
  importable: true,
  clicked(_col, value, target) {
    const star = target.closest<HTMLElement>('[data-rate]')
    if (!star) return undefined
    const v = Number(star.dataset.rate)
    return { value: v === Number(value) ? null : v } // the current star again clears it
  },
  text: (_col, value) => '★'.repeat(Number(value) || 0),
  clipboard: (_col, value) => String(value),
  grid(def, col, ctx) {
    const max = Number(col.options?.max) || 5
    def.cellRenderer = rateRenderer(col, ctx.editable)
    textEditor(
      def,
      ctx,
      stringOf,
      (s) => {
        if (!s.trim()) return null
        const n = Number(s.trim())
        if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(ctx.t('grid.badRating', { max }))
        return n || null
      },
      'numeric',
    )
  },
  form: { input: 'rate' },
}
