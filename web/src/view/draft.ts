/**
 * "All rows" with unsaved changes (docs/views.md "Unsaved changes on All rows"). Filters,
 * sorts, groups, hidden columns, colours, row height and footer summaries changed on a table
 * without a view are kept in this browser tab only (sessionStorage, one entry per table) until
 * they are saved as a view or reset; nothing is written to the server. The server reads the
 * table under them (`settings` parameter of /tables/{id}/rows, count, groups, summaries,
 * search, export).
 */
import { countConditions, fromServer } from './filters'
import { ruleCounts, type ViewSettings } from './settings'

const KEY = 'tablo.unsaved.'

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null // storage refused (private mode): changes then last as long as the page
  }
}

/** The unsaved settings of a table in this tab, or null. */
export function loadDraft(tableId: number): ViewSettings | null {
  const raw = storage()?.getItem(KEY + tableId)
  if (!raw) return null
  try {
    const s = JSON.parse(raw)
    return s && typeof s === 'object' && !Array.isArray(s) && !isEmptyDraft(s) ? (s as ViewSettings) : null
  } catch {
    return null
  }
}

/** Keeps (or, for null or settings that change nothing, forgets) a table's unsaved settings. */
export function storeDraft(tableId: number, s: ViewSettings | null): ViewSettings | null {
  const keep = s && !isEmptyDraft(s) ? s : null
  if (keep) storage()?.setItem(KEY + tableId, JSON.stringify(keep))
  else storage()?.removeItem(KEY + tableId)
  return keep
}

/** Settings that show "All rows" as it is: no rule, default height, the default footer. */
export function isEmptyDraft(s: ViewSettings): boolean {
  const n = ruleCounts(s, (raw) => countConditions(fromServer(raw)))
  return (
    n.filters + n.sorts + n.groups + n.hidden + n.colors === 0 &&
    (s.row_height ?? 'default') === 'default' &&
    s.summaries === undefined
  )
}

/** The query parameters that read a table under its unsaved settings (none without any). */
export function draftQuery(s: ViewSettings | null): Record<string, string> {
  return s ? { settings: JSON.stringify(s) } : {}
}
