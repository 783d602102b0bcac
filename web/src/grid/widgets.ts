/**
 * Plain-DOM editing widgets shared by the grid's cell editors and the row form (components/cells):
 * a month calendar, an attachments panel with upload and preview, and a searchable link picker.
 */
import { searchRows, tableInfo, uploadFile, type StoredFile } from '../api/files'
import type { Column, Row } from '../api/types'
import '../components/cells/cells.css'
import { chip } from './renderers'
import { displayText } from './types'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}

function button(cls: string, text: string, label?: string): HTMLButtonElement {
  const b = el('button', cls, text)
  b.type = 'button'
  if (label) {
    b.title = label
    b.setAttribute('aria-label', label)
  }
  return b
}

// ---- calendar ------------------------------------------------------------------------------

export interface CalendarLabels {
  prev: string
  next: string
  today: string
}

const pad = (n: number) => String(n).padStart(2, '0')
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`

/** The first weekday of the locale's week: 0 Sunday (en-US and similar), 1 Monday elsewhere. */
export function firstWeekday(locale: string): number {
  try {
    const info = (new Intl.Locale(locale) as unknown as { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } })
    const wi = info.getWeekInfo?.() ?? info.weekInfo
    if (wi) return wi.firstDay % 7
  } catch {
    /* older engines: decide by language below */
  }
  return /^en(-US)?$/i.test(locale) ? 0 : 1
}

/** A month grid; `value` is "YYYY-MM-DD" (or null); clicking a day calls onPick with its ISO date. */
export function calendar(locale: string, value: string | null, labels: CalendarLabels, onPick: (iso: string) => void): {
  el: HTMLElement
  show(iso: string | null): void
} {
  const box = el('div', 'calendar')
  const now = new Date()
  let selected = value
  let year = now.getFullYear()
  let month = now.getMonth()
  const head = el('div', 'cal-head')
  const prev = button('icon-btn cal-prev', '‹', labels.prev)
  const next = button('icon-btn cal-next', '›', labels.next)
  const title = el('span', 'cal-title')
  head.append(prev, title, next)
  const grid = el('div', 'cal-grid')
  grid.setAttribute('role', 'grid')
  const today = button('btn btn-ghost cal-today', labels.today)
  box.append(head, grid, today)
  const first = firstWeekday(locale)
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' })
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' })

  const render = () => {
    title.textContent = monthName.format(new Date(year, month, 1))
    grid.replaceChildren()
    for (let i = 0; i < 7; i++) {
      // 2024-01-07 was a Sunday.
      grid.appendChild(el('span', 'cal-wd', weekday.format(new Date(2024, 0, 7 + ((first + i) % 7)))))
    }
    const lead = (new Date(year, month, 1).getDay() - first + 7) % 7
    for (let i = 0; i < lead; i++) grid.appendChild(el('span'))
    const days = new Date(year, month + 1, 0).getDate()
    const todayIso = isoDay(now.getFullYear(), now.getMonth(), now.getDate())
    for (let d = 1; d <= days; d++) {
      const iso = isoDay(year, month, d)
      const b = button('cal-day' + (iso === selected ? ' on' : '') + (iso === todayIso ? ' today' : ''), String(d))
      b.dataset.date = iso
      b.addEventListener('mousedown', (e) => e.preventDefault())
      b.addEventListener('click', () => {
        selected = iso
        render()
        onPick(iso)
      })
      grid.appendChild(b)
    }
  }
  const show = (iso: string | null) => {
    selected = iso
    const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null
    if (m) {
      year = Number(m[1])
      month = Number(m[2]) - 1
    }
    render()
  }
  for (const b of [prev, next, today]) b.addEventListener('mousedown', (e) => e.preventDefault())
  prev.addEventListener('click', () => {
    month -= 1
    if (month < 0) [month, year] = [11, year - 1]
    render()
  })
  next.addEventListener('click', () => {
    month += 1
    if (month > 11) [month, year] = [0, year + 1]
    render()
  })
  today.addEventListener('click', () => {
    const iso = isoDay(now.getFullYear(), now.getMonth(), now.getDate())
    show(iso)
    onPick(iso)
  })
  show(value)
  return { el: box, show }
}

// ---- attachments ---------------------------------------------------------------------------

export interface FileLabels {
  upload: string
  uploading: string
  remove: string
  empty: string
  download: string
  close: string
  prev: string
  next: string
}

export function isImage(f: StoredFile): boolean {
  return (f.mime ?? '').startsWith('image/')
}

export function fileUrl(f: StoredFile): string {
  return f.url ?? `/api/files/${encodeURIComponent(f.id)}`
}

function sizeText(n: number): string {
  if (!n && n !== 0) return ''
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/** A full-screen viewer: images shown, other files offered for download; arrows move, Esc closes. */
export function openPreview(files: StoredFile[], index: number, labels: FileLabels): void {
  let i = Math.max(0, Math.min(index, files.length - 1))
  const overlay = el('div', 'file-preview')
  overlay.setAttribute('role', 'dialog')
  overlay.setAttribute('aria-modal', 'true')
  overlay.dataset.testid = 'file-preview'
  const stage = el('div', 'stage')
  const bar = el('div', 'bar')
  const name = el('span', 'name ellipsis')
  const download = el('a', 'btn', labels.download)
  const close = button('btn', labels.close)
  const prev = button('icon-btn nav', '‹', labels.prev)
  const next = button('icon-btn nav', '›', labels.next)
  bar.append(prev, name, next, download, close)
  overlay.append(bar, stage)
  const render = () => {
    const f = files[i]
    name.textContent = f.name
    download.href = fileUrl(f)
    download.setAttribute('download', f.name)
    stage.replaceChildren()
    if (isImage(f)) {
      const img = el('img')
      img.src = fileUrl(f)
      img.alt = f.name
      stage.appendChild(img)
    } else {
      stage.appendChild(el('div', 'no-preview', f.name + (f.size ? ' · ' + sizeText(f.size) : '')))
    }
    prev.disabled = i === 0
    next.disabled = i >= files.length - 1
  }
  const done = () => {
    document.removeEventListener('keydown', onKey, true)
    overlay.remove()
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') done()
    else if (e.key === 'ArrowLeft' && i > 0) (i -= 1), render()
    else if (e.key === 'ArrowRight' && i < files.length - 1) (i += 1), render()
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  prev.addEventListener('click', () => i > 0 && ((i -= 1), render()))
  next.addEventListener('click', () => i < files.length - 1 && ((i += 1), render()))
  close.addEventListener('click', done)
  overlay.addEventListener('mousedown', (e) => e.stopPropagation())
  overlay.addEventListener('click', (e) => {
    if (e.target === overlay || e.target === stage) done()
  })
  document.addEventListener('keydown', onKey, true)
  document.body.appendChild(overlay)
  render()
  close.focus()
}

/** The files of a cell with thumbnails, preview, remove and upload (button or drop). */
export function filesPanel(opts: {
  files: StoredFile[]
  images: boolean
  editable: boolean
  labels: FileLabels
  onChange(files: StoredFile[]): void
  onError(e: unknown): void
}): { el: HTMLElement; openUpload(): void } {
  let files = [...opts.files]
  const box = el('div', 'files-panel')
  box.tabIndex = -1
  const listEl = el('div', 'files-list')
  const input = el('input')
  input.type = 'file'
  input.multiple = true
  input.hidden = true
  if (opts.images) input.accept = 'image/*'
  input.dataset.testid = 'file-input'
  const upload = button('btn files-upload', opts.labels.upload)
  box.append(listEl, input)
  if (opts.editable) box.appendChild(upload)

  const render = () => {
    listEl.replaceChildren()
    if (!files.length) listEl.appendChild(el('div', 'muted files-empty', opts.labels.empty))
    files.forEach((f, idx) => {
      const item = el('div', 'file-item')
      const thumb = button('file-thumb', '', f.name)
      if (isImage(f)) {
        const img = el('img')
        img.src = fileUrl(f)
        img.alt = f.name
        thumb.appendChild(img)
      } else {
        thumb.textContent = (f.name.split('.').pop() ?? '').slice(0, 4).toUpperCase() || '?'
      }
      thumb.addEventListener('click', () => openPreview(files, idx, opts.labels))
      const meta = el('div', 'file-meta')
      meta.append(el('span', 'file-name ellipsis', f.name), el('span', 'muted', sizeText(f.size)))
      meta.title = f.name
      item.append(thumb, meta)
      if (opts.editable) {
        const rm = button('icon-btn file-remove', '×', opts.labels.remove + ': ' + f.name)
        rm.addEventListener('click', () => {
          files = files.filter((_, j) => j !== idx)
          render()
          opts.onChange(files)
          box.focus()
        })
        item.appendChild(rm)
      }
      listEl.appendChild(item)
    })
  }
  const add = async (list: FileList | File[]) => {
    const chosen = Array.from(list)
    if (!chosen.length) return
    upload.disabled = true
    upload.textContent = opts.labels.uploading
    try {
      for (const file of chosen) {
        const stored = await uploadFile(file)
        files = [...files, stored]
        render()
        opts.onChange(files)
      }
    } catch (e) {
      opts.onError(e)
    } finally {
      upload.disabled = false
      upload.textContent = opts.labels.upload
    }
    // Back on the panel: Enter now saves the cell (the grid editor listens on it).
    box.focus()
  }
  upload.addEventListener('click', () => input.click())
  input.addEventListener('change', () => {
    if (input.files) void add(input.files)
    input.value = ''
  })
  if (opts.editable) {
    box.addEventListener('dragover', (e) => {
      e.preventDefault()
      box.classList.add('drop')
    })
    box.addEventListener('dragleave', () => box.classList.remove('drop'))
    box.addEventListener('drop', (e) => {
      e.preventDefault()
      box.classList.remove('drop')
      if (e.dataTransfer?.files) void add(e.dataTransfer.files)
    })
  }
  render()
  return { el: box, openUpload: () => input.click() }
}

// ---- links ---------------------------------------------------------------------------------

export interface LinkValue {
  _id: string
  display_value: string | null
}

export interface LinkLabels {
  search: string
  empty: string
  remove: string
  untitled: string
  loading: string
}

/** Linked rows as removable chips and a search over the other table's rows to add more. */
export function linkPanel(opts: {
  tableId: number
  value: LinkValue[]
  multiple: boolean
  editable: boolean
  locale: string
  labels: LinkLabels
  onChange(value: LinkValue[]): void
  onError(e: unknown): void
  /** Called after a pick when only one link is allowed (the grid editor then closes). */
  onDone?(): void
  /** The search to start with (the key that started editing the cell). */
  query?: string
}): { el: HTMLElement; focus(): void } {
  let value = [...opts.value]
  const box = el('div', 'link-panel')
  const chips = el('div', 'cell-chips link-chips')
  const search = el('input', 'input')
  search.placeholder = opts.labels.search
  search.setAttribute('aria-label', opts.labels.search)
  search.value = opts.query ?? ''
  const results = el('div', 'picker-list')
  results.setAttribute('role', 'listbox')
  box.append(chips)
  if (opts.editable) box.append(search, results)
  let rows: { id: string; label: string }[] = []
  let active = 0
  let seq = 0
  let primary: Column | undefined

  const renderChips = () => {
    chips.replaceChildren()
    for (const v of value) {
      const c = chip(v.display_value || opts.labels.untitled, '#e8eefc')
      c.classList.add('link-chip')
      if (opts.editable) {
        const x = button('chip-x', '×', opts.labels.remove + ': ' + (v.display_value ?? ''))
        x.addEventListener('mousedown', (e) => e.preventDefault())
        x.addEventListener('click', () => {
          value = value.filter((w) => w._id !== v._id)
          renderChips()
          renderResults()
          opts.onChange(value)
        })
        c.appendChild(x)
      }
      chips.appendChild(c)
    }
  }
  const renderResults = () => {
    results.replaceChildren()
    if (!rows.length) results.appendChild(el('div', 'picker-empty', opts.labels.empty))
    rows.forEach((r, i) => {
      const on = value.some((v) => v._id === r.id)
      const item = el('div', 'picker-item' + (i === active ? ' active' : ''))
      item.setAttribute('role', 'option')
      item.setAttribute('aria-selected', on ? 'true' : 'false')
      item.append(el('span', 'mark', on ? '✓' : ''), el('span', 'ellipsis', r.label || opts.labels.untitled))
      item.addEventListener('mousedown', (e) => {
        e.preventDefault()
        active = i
        pick()
      })
      results.appendChild(item)
    })
  }
  const pick = () => {
    const r = rows[active]
    if (!r) return
    if (value.some((v) => v._id === r.id)) value = value.filter((v) => v._id !== r.id)
    else value = opts.multiple ? [...value, { _id: r.id, display_value: r.label }] : [{ _id: r.id, display_value: r.label }]
    renderChips()
    opts.onChange(value)
    if (!opts.multiple) return opts.onDone?.()
    if (search.value) {
      search.value = ''
      void load()
    } else renderResults()
    search.focus()
  }
  const load = async () => {
    const mine = ++seq
    try {
      if (!primary) {
        const t = await tableInfo(opts.tableId)
        primary = t.columns.find((c) => c.is_primary) ?? t.columns[0]
      }
      const found: Row[] = await searchRows(opts.tableId, search.value)
      if (mine !== seq) return
      const ctx = { locale: opts.locale, members: [] }
      rows = found.map((r) => ({ id: r._id, label: primary ? displayText(primary, r[String(primary.id)], ctx) : r._id }))
      active = 0
      renderResults()
    } catch (e) {
      if (mine === seq) opts.onError(e)
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  search.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(load, 200)
  })
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      e.stopPropagation()
      const n = rows.length
      if (n) active = (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n
      renderResults()
    } else if (e.key === 'Enter' && rows.length && search.value.trim()) {
      e.preventDefault()
      e.stopPropagation()
      pick()
    }
  })
  renderChips()
  if (opts.editable) {
    results.appendChild(el('div', 'picker-empty', opts.labels.loading))
    void load()
  }
  return {
    el: box,
    focus: () => {
      search.focus()
      search.setSelectionRange(search.value.length, search.value.length)
    },
  }
}
