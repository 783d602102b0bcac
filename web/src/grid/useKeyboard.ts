/**
 * The grid's keys. On the grid (listened on its wrapper, capture): undo/redo, Shift+arrows,
 * select all, fill down, clear, Space/Enter on checkboxes, Escape for the row menu. On the
 * document (popup editors and the search box live outside the grid): Tab while editing ends
 * the edit and moves one cell, Ctrl+F opens the search. Which key means what is the pure part;
 * Russian-layout keys (Ctrl+Я, Ctrl+Ф, …) mean what the same physical key does in English.
 */
import type { Ref } from 'vue'
import { columnModule } from '../columns'
import { extend, selectAll, type Direction } from './selection'
import type { GridCore } from './useGridCore'
import type { useRangeEdits } from './useRangeEdits'
import type { useSearch } from './useSearch'
import type { useSelection } from './useSelection'

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

export type GridCommand =
  | { do: 'undo' | 'redo' | 'selectAll' | 'fillDown' | 'clear' | 'toggle' | 'enter' }
  | { do: 'extend'; dir: Direction; toEdge: boolean }

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

/** What a key pressed on the grid (not in an editor) asks for; null for the grid's own keys. */
export function gridCommand(e: Keys): GridCommand | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key
  if (mod && ['z', 'Z', 'я', 'Я'].includes(key)) return { do: e.shiftKey ? 'redo' : 'undo' }
  if (mod && (key === 'y' || key === 'н')) return { do: 'redo' }
  if (e.shiftKey && ARROWS[key]) return { do: 'extend', dir: ARROWS[key], toEdge: mod }
  if (mod && (key === 'a' || key === 'ф')) return { do: 'selectAll' }
  if (mod && (key === 'd' || key === 'в')) return { do: 'fillDown' }
  if ((key === 'Delete' || key === 'Backspace') && !mod) return { do: 'clear' }
  if (key === ' ' && !mod) return { do: 'toggle' }
  if (key === 'Enter' && !e.shiftKey && !mod) return { do: 'enter' }
  return null
}

/** What a key anywhere on the page asks of the grid: Tab / Shift+Tab (while editing), Ctrl+F. */
export function documentCommand(e: Keys): 'tab-next' | 'tab-prev' | 'find' | null {
  if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) return e.shiftKey ? 'tab-prev' : 'tab-next'
  if ((e.ctrlKey || e.metaKey) && !e.altKey && ['f', 'F', 'а', 'А'].includes(e.key)) return 'find'
  return null
}

export function useKeyboard(
  g: GridCore,
  parts: {
    selection: ReturnType<typeof useSelection>
    range: ReturnType<typeof useRangeEdits>
    search: ReturnType<typeof useSearch>
    rowMenu: Ref<unknown>
  },
) {
  const { sel } = g
  const { selection, range, search, rowMenu } = parts

  function onKeyDown(e: KeyboardEvent) {
    if (rowMenu.value && e.key === 'Escape') {
      rowMenu.value = null
      return
    }
    if (!g.eventInGrid(e) || g.isEditing()) return
    selection.sync()
    const cmd = gridCommand(e)
    if (!cmd) return
    const stop = () => {
      e.preventDefault()
      e.stopPropagation()
    }
    if (cmd.do === 'undo' || cmd.do === 'redo') {
      stop()
      g.emit(cmd.do)
      return
    }
    if (!sel.value) return
    switch (cmd.do) {
      case 'extend': {
        stop()
        sel.value = extend(sel.value, cmd.dir, g.bounds(), cmd.toEdge)
        const f = sel.value.focus
        g.api.value?.ensureIndexVisible(f.row)
        const ag = g.displayedDataColumns()[f.col]
        if (ag) g.api.value?.ensureColumnVisible(ag)
        return
      }
      case 'selectAll':
        stop()
        sel.value = selectAll(g.bounds())
        return
      case 'fillDown':
        stop()
        range.fillDown()
        return
      case 'clear':
        stop()
        range.clearSelection()
        return
      case 'toggle':
        if (range.toggleCheckboxes()) stop()
        return
      case 'enter':
        const col = g.columnAt(sel.value.anchor.col)
        if (col && columnModule(col).toggles) {
          stop()
          range.toggleCheckboxes()
        }
    }
  }

  /**
   * Tab and Shift+Tab while editing end the edit (saving it) and move one cell, as in Excel and
   * Airtable; the next cell's editor or picker does not open (the grid itself is told to leave
   * Tab alone while editing: coldefs suppressWhileEditing). An editor that refuses its text stops
   * the key before it gets here and stays open with its message. Ctrl+F / Cmd+F (Ctrl+А on a
   * Russian layout) opens the search anywhere on the page but in a dialog or an editor.
   */
  function onDocumentKey(e: KeyboardEvent) {
    const cmd = documentCommand(e)
    const api = g.api.value
    if (cmd === 'tab-next' || cmd === 'tab-prev') {
      if (!g.isEditing() || !api) return
      e.preventDefault()
      e.stopPropagation()
      api.stopEditing()
      if (cmd === 'tab-prev') api.tabToPreviousCell()
      else api.tabToNextCell()
    } else if (cmd === 'find') {
      const target = e.target as HTMLElement | null
      if (target?.closest?.('[role="dialog"], .modal')) return
      if (g.isEditing()) return
      e.preventDefault()
      search.openSearch()
    }
  }

  g.onDocument('keydown', onDocumentKey)

  return { onKeyDown }
}
