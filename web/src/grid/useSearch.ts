/**
 * Ctrl+F over the grid: a search box whose text the server looks for (the row source's
 * `search`: row ids and positions); the grid scrolls to a hit, selects and outlines its first
 * matching cell and tints the other matching cells on screen (search.ts holds the pure steps).
 */
import { computed, onBeforeUnmount, ref, shallowRef, useTemplateRef } from 'vue'
import type { Row } from '../api/types'
import { reportError } from '../store'
import { firstHitFrom, fold, matchingCell, stepHit, type SearchHit } from './search'
import { collapsed, selectionRect } from './selection'
import { clipboardText } from './types'
import type { GridCore } from './useGridCore'
import type { useSelection } from './useSelection'

/** What a key in the search box does: step to the next (1) or previous (-1) hit, close, or nothing. */
export function searchBoxKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): 1 | -1 | 'close' | null {
  if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    return e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey) ? -1 : 1
  }
  return e.key === 'Escape' ? 'close' : null
}

export function useSearch(g: GridCore, selection: ReturnType<typeof useSelection>) {
  const { t, sel } = g
  const searchOpen = ref(false)
  const searchText = ref('')
  const searchInput = useTemplateRef<HTMLInputElement>('searchInput')
  const hits = shallowRef<SearchHit[]>([])
  const hitIndex = ref(-1)
  const searching = ref(false)
  let searchCtrl: AbortController | null = null
  let searchTimer: ReturnType<typeof setTimeout> | null = null
  /** The cell of the current hit, outlined. */
  const hitCell = ref<{ row: number; col: number } | null>(null)

  const hitLabel = computed(() => {
    if (searching.value) return t('grid2.searching')
    if (!searchText.value.trim()) return ''
    if (!hits.value.length) return t('grid2.noHits')
    return t('grid2.hitOf', { n: hitIndex.value + 1, total: hits.value.length })
  })

  function openSearch() {
    searchOpen.value = true
    requestAnimationFrame(() => {
      searchInput.value?.focus()
      searchInput.value?.select()
    })
  }

  function closeSearch() {
    searchOpen.value = false
    searchCtrl?.abort()
    const c = hitCell.value
    hitCell.value = null
    hits.value = []
    hitIndex.value = -1
    paint()
    if (c) selection.focusCell(c.row, c.col)
  }

  function onSearchInput() {
    if (searchTimer) clearTimeout(searchTimer)
    searchTimer = setTimeout(() => {
      searchTimer = null
      runSearch()
    }, 250)
  }

  async function runSearch() {
    const q = searchText.value.trim()
    searchCtrl?.abort()
    hitCell.value = null
    if (!q || !g.src.search) {
      hits.value = []
      hitIndex.value = -1
      paint()
      return
    }
    const ctrl = (searchCtrl = new AbortController())
    searching.value = true
    try {
      const found = await g.src.search(q, ctrl.signal)
      if (ctrl !== searchCtrl) return
      hits.value = found
      const from = sel.value ? selectionRect(sel.value).top : 0
      hitIndex.value = firstHitFrom(found, from)
      if (hitIndex.value >= 0) goToHit(hitIndex.value)
      else paint()
    } catch (e) {
      if ((e as Error).name !== 'AbortError') reportError(e)
    } finally {
      if (ctrl === searchCtrl) searching.value = false
    }
  }

  function stepSearch(dir: 1 | -1) {
    if (searching.value) return
    if (searchTimer) {
      // Enter right after typing: search now, not after the pause.
      clearTimeout(searchTimer)
      searchTimer = null
      runSearch()
      return
    }
    const i = stepHit(hitIndex.value, hits.value.length, dir)
    if (i < 0) return
    hitIndex.value = i
    goToHit(i)
  }

  const cellTexts = (data: Row) =>
    g.displayedDataColumns().map((_ag, j) => {
      const col = g.columnAt(j)
      return col ? clipboardText(col, data[String(col.id)], g.textCtx()) : ''
    })

  /** Scrolls to a hit's row, waits for it to load, and outlines the first matching cell. */
  function goToHit(i: number) {
    const hit = hits.value[i]
    const a = g.api.value
    if (!hit || !a) return
    a.ensureIndexVisible(hit.position, 'middle')
    const started = performance.now()
    const land = () => {
      if (hits.value[hitIndex.value] !== hit) return
      const data = g.nodeAt(hit.position)?.data as Row | undefined
      if (!data || data._id !== hit.row_id) {
        if (performance.now() - started < 5000) setTimeout(land, 50)
        return
      }
      const col = Math.max(0, matchingCell(cellTexts(data), searchText.value))
      hitCell.value = { row: hit.position, col }
      g.rowMode = false
      sel.value = collapsed({ row: hit.position, col })
      const ag = g.displayedDataColumns()[col]
      if (ag) a.ensureColumnVisible(ag)
      requestAnimationFrame(paint)
    }
    land()
  }

  /** Outlines the current hit and tints the other loaded cells that contain the text. */
  function paint() {
    const root = g.wrapper.value
    if (!root) return
    const q = searchOpen.value && hits.value.length ? fold(searchText.value.trim()) : ''
    const cols = g.displayedDataColumns().map((c) => c.getColId())
    const cur = hitCell.value
    root.querySelectorAll<HTMLElement>('.ag-row:not(.ag-row-pinned) .ag-cell').forEach((cell) => {
      const rowIndex = Number(cell.closest('.ag-row')?.getAttribute('row-index'))
      const colId = cell.getAttribute('col-id') ?? ''
      const colIndex = cols.indexOf(colId)
      let match = false
      if (q && colIndex >= 0) {
        const data = g.nodeAt(rowIndex)?.data as Row | undefined
        const col = g.columnAt(colIndex)
        match = !!data && !!col && fold(clipboardText(col, data[String(col.id)], g.textCtx())).includes(q)
      }
      cell.classList.toggle('search-match', match)
      cell.classList.toggle('search-current', !!cur && q !== '' && cur.row === rowIndex && cur.col === colIndex)
    })
  }

  function onSearchKey(e: KeyboardEvent) {
    const action = searchBoxKey(e)
    if (action === null) return
    e.preventDefault()
    e.stopPropagation()
    if (action === 'close') closeSearch()
    else stepSearch(action)
  }

  onBeforeUnmount(() => {
    searchCtrl?.abort()
    if (searchTimer) clearTimeout(searchTimer)
  })

  return { searchOpen, searchText, hitLabel, openSearch, closeSearch, onSearchInput, stepSearch, onSearchKey, paint }
}
