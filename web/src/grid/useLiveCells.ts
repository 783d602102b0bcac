/**
 * Live cells: rows someone else changed are merged into the loaded rows in place and their
 * changed cells flash with the author's name; others' cursors (presence, the `peers` prop) are
 * drawn as outlines in their colour with their name.
 */
import { watch } from 'vue'
import type { Row } from '../api/types'
import type { GridCore } from './useGridCore'

/** The cell fields (column ids) whose value in `incoming` differs from the loaded row's. */
export function changedCells(incoming: Row, current: Row): string[] {
  return Object.keys(incoming).filter((k) => /^\d+$/.test(k) && JSON.stringify(incoming[k]) !== JSON.stringify(current[k]))
}

export function useLiveCells(g: GridCore) {
  function cellElement(rowIndex: number, colId: string): HTMLElement | null {
    return g.wrapper.value?.querySelector<HTMLElement>(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`) ?? null
  }

  /** Rows changed by someone else: update them in place and flash the changed cells with a name. */
  function applyRemoteRows(list: Row[], by: string | null) {
    for (const r of list) {
      const node = g.api.value?.getRowNode(r._id)
      if (!node?.data) continue
      const changed = changedCells(r, node.data)
      node.setData({ ...node.data, ...r })
      if (!by || node.rowIndex === null) continue
      const index = node.rowIndex
      requestAnimationFrame(() => {
        for (const k of changed) {
          const el = cellElement(index, 'c' + k)
          if (!el) continue
          el.dataset.by = by
          el.classList.remove('remote-edit')
          void el.offsetWidth
          el.classList.add('remote-edit')
          setTimeout(() => el.classList.remove('remote-edit'), 1600)
        }
      })
    }
  }

  function paintPeers() {
    const root = g.wrapper.value
    if (!root) return
    root.querySelectorAll<HTMLElement>('.peer-cursor').forEach((el) => {
      el.classList.remove('peer-cursor')
      el.style.removeProperty('--peer')
      delete el.dataset.peer
    })
    for (const p of g.props.peers ?? []) {
      const node = g.api.value?.getRowNode(p.rowId)
      if (!node || node.rowIndex === null) continue
      const el = cellElement(node.rowIndex, 'c' + p.columnId)
      if (!el) continue
      el.classList.add('peer-cursor')
      el.style.setProperty('--peer', p.color)
      el.dataset.peer = el.dataset.peer ? `${el.dataset.peer}, ${p.name}` : p.name
    }
  }

  watch(() => g.props.peers, paintPeers, { deep: true })

  return { applyRemoteRows, paintPeers }
}
