/**
 * Comment counts in the grid: a small badge in the row-number cell of each row that has
 * comments (unresolved ones highlighted). It decorates the rows AG Grid has rendered, so the
 * grid's own code stays unaware of it: a MutationObserver notices rendered rows, their counts
 * are fetched in one request per batch (/api/tables/{id}/comment-counts), and live `comment`
 * frames refresh the count of that row. Clicking the badge opens the row form (the grid's
 * expand action), where the comments are.
 */
import { comments as api, onTeamFrame, type CommentCount } from '../../api/notify'

const BATCH_DELAY = 250

export function commentBadges(tableId: number, label: (c: CommentCount) => string): () => void {
  const known = new Map<string, CommentCount | null>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  let inFlight = false

  function rowsShown(): HTMLElement[] {
    // The pinned row-number column's rows (each row id also has a row in the scrolled part).
    return Array.from(document.querySelectorAll<HTMLElement>('[data-testid=grid] .ag-row[row-id]')).filter((r) =>
      r.querySelector('.row-number-inner'),
    )
  }

  function paint() {
    for (const row of rowsShown()) {
      const id = row.getAttribute('row-id') ?? ''
      const inner = row.querySelector<HTMLElement>('.row-number-inner')
      if (!inner) continue
      const c = known.get(id)
      let badge = inner.querySelector<HTMLElement>('.comment-badge')
      if (!c || c.count === 0) {
        badge?.remove()
        continue
      }
      const text = String(c.count)
      if (!badge) {
        const icon = '<svg viewBox="0 0 24 24" width="11" height="11" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/></svg>'
        badge = document.createElement('button')
        badge.setAttribute('type', 'button')
        badge.className = 'comment-badge'
        badge.dataset.action = 'expand'
        badge.dataset.testid = 'comment-badge'
        badge.innerHTML = icon + '<span class="c"></span>'
        inner.insertBefore(badge, inner.querySelector('.expand'))
      }
      const open = c.unresolved > 0
      const num = badge.querySelector('.c')!
      if (num.textContent !== text) num.textContent = text
      if (badge.classList.contains('open') !== open) badge.classList.toggle('open', open)
      const title = label(c)
      if (badge.title !== title) {
        badge.title = title
        badge.setAttribute('aria-label', title)
      }
    }
  }

  async function fetchMissing() {
    timer = null
    if (stopped || inFlight) return
    const ids = rowsShown()
      .map((r) => r.getAttribute('row-id') ?? '')
      .filter((id) => /^[A-Za-z0-9_-]{22}$/.test(id) && !known.has(id))
    if (ids.length) {
      inFlight = true
      try {
        for (let i = 0; i < ids.length; i += 200) {
          const part = ids.slice(i, i + 200)
          const counts = await api.counts(tableId, part)
          for (const id of part) known.set(id, counts[id] ?? null)
        }
      } catch {
        // Counts are a hint: the row form shows the comments themselves; retried on the next scroll.
      } finally {
        inFlight = false
      }
    }
    if (!stopped) paint()
  }

  function schedule() {
    if (!timer) timer = setTimeout(fetchMissing, BATCH_DELAY)
  }

  const observer = new MutationObserver((records) => {
    // Our own badges change the DOM too; only rows or cells AG Grid (re)rendered matter.
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof HTMLElement && !n.classList.contains('comment-badge')))) schedule()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  schedule()

  const stopLive = onTeamFrame((f) => {
    if (f.t !== 'comment' || f.table_id !== tableId) return
    known.delete(String(f.row_id))
    schedule()
  })

  return () => {
    stopped = true
    observer.disconnect()
    stopLive()
    if (timer) clearTimeout(timer)
  }
}
