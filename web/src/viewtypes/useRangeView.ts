/**
 * What the calendar and timeline views share: an anchor day that previous / today / next move
 * by the view's step, the range of days shown around it (by the view's mode or zoom), and the
 * rows of that range from GET /api/views/{id}/range — re-read when the range, the row source or
 * the view's settings change, only the newest answer kept (answers to older requests can
 * arrive later), as of the source's date when the toolbar's picker set one. `refresh` is what BaseView calls after undo, redo and live changes.
 */
import { computed, onMounted, ref, watch, type ComputedRef, type Ref } from 'vue'
import { http } from '../api/client'
import { asOfQuery } from '../asof'
import type { Row } from '../api/types'
import type { RowSource } from '../grid/datasource'
import { reportError } from '../store'
import { today } from './calendar'

export interface DayRange {
  start: string
  end: string
}

export interface RangeViewOptions {
  source: () => RowSource
  settings: () => unknown
  /** The days shown around an anchor day (reactive: it may read the mode or zoom). */
  range: (anchor: string) => DayRange
  /** The anchor after `n` steps of «previous» (-1) or «next» (+1). */
  step: (anchor: string, n: number) => string
  /** The number of rows read, for the toolbar's count. */
  count: (n: number) => void
}

export interface RangeView {
  anchor: Ref<string>
  range: ComputedRef<DayRange>
  rows: Ref<Row[]>
  truncated: Ref<boolean>
  limit: Ref<number>
  loading: Ref<boolean>
  refresh: () => Promise<void>
  go: (n: number) => void
  goToday: () => void
}

export function useRangeView(opts: RangeViewOptions): RangeView {
  const anchor = ref(opts.source().query.as_of ?? today())
  const range = computed(() => opts.range(anchor.value))
  const rows = ref<Row[]>([])
  const truncated = ref(false)
  const limit = ref(0)
  const loading = ref(false)
  let seq = 0

  async function refresh() {
    const viewId = opts.source().viewId
    if (!viewId) return
    const mine = ++seq
    loading.value = true
    try {
      const got = await http.get<{ rows: Row[]; truncated: boolean; limit: number }>(`/views/${viewId}/range`, {
        query: { start: range.value.start, end: range.value.end, ...asOfQuery(opts.source().query.as_of ?? null) },
      })
      if (mine !== seq) return
      rows.value = got.rows
      truncated.value = got.truncated
      limit.value = got.limit
      opts.count(got.rows.length)
    } catch (e) {
      if (mine === seq) reportError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  // Read as of a date, the view opens on that date (and on today again when it is cleared); synchronous,
  // so the new range and the new source make one read.
  watch(() => opts.source().query.as_of ?? null, (day) => (anchor.value = day ?? today()), { flush: 'sync' })
  watch([range, () => opts.source().key, () => JSON.stringify(opts.settings() ?? null)], refresh)
  onMounted(refresh)

  return {
    anchor,
    range,
    rows,
    truncated,
    limit,
    loading,
    refresh,
    go: (n: number) => (anchor.value = opts.step(anchor.value, n)),
    goToday: () => (anchor.value = today()),
  }
}
