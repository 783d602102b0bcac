/** Cell renderers that need more than text: chips, checkboxes, stars, links, avatars, thumbnails. */
import type { ICellRendererParams } from 'ag-grid-community'
import type { Column, Member } from '../api/types'
import type { StoredFile } from '../api/files'
import { markdownToHtml } from './markdown'
import { memberLabel, optionById } from '../columns/module'
import { fileUrl, isImage, openPreview, type FileLabels } from './widgets'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (cls) e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}

/** Dark text on light option colours, light text on dark ones. */
export function textOn(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex || '')
  if (!m) return '#1f2933'
  const n = parseInt(m[1], 16)
  const r = (n >> 16) & 255
  const g = (n >> 8) & 255
  const b = n & 255
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1f2933' : '#ffffff'
}

export function chip(name: string, color: string): HTMLSpanElement {
  const c = el('span', 'chip', name)
  c.style.background = color || '#e2e8f0'
  c.style.color = textOn(color)
  c.title = name
  return c
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === null || value === undefined || value === '' ? [] : [value]
}

export function selectRenderer(col: Column) {
  return (p: ICellRendererParams) => {
    const box = el('span', 'cell-chips')
    for (const id of list(p.value)) {
      const o = optionById(col, id)
      if (o) box.appendChild(chip(o.name, o.color))
    }
    return box
  }
}

export function checkboxRenderer(editable: boolean) {
  return (p: ICellRendererParams) => {
    if (p.data === undefined) return ''
    const box = el('span', 'cell-checkbox' + (p.value ? ' on' : '') + (editable ? ' editable' : ''))
    box.setAttribute('role', 'checkbox')
    box.setAttribute('aria-checked', p.value ? 'true' : 'false')
    box.dataset.action = 'toggle'
    if (p.value) box.innerHTML = '<svg viewBox="0 0 24 24" width="12" height="12"><path d="M20 6 9 17l-5-5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>'
    return box
  }
}

export function rateRenderer(col: Column, editable: boolean) {
  const max = Number(col.options?.max) || 5
  const color = (col.options?.color as string) || '#F59E0B'
  return (p: ICellRendererParams) => {
    if (p.data === undefined) return ''
    const box = el('span', 'cell-rate' + (editable ? ' editable' : ''))
    const v = Number(p.value) || 0
    for (let i = 1; i <= max; i++) {
      const s = el('span', 'star' + (i <= v ? ' on' : ''), '★')
      if (i <= v) s.style.color = color
      s.dataset.rate = String(i)
      box.appendChild(s)
    }
    box.setAttribute('aria-label', `${v} / ${max}`)
    return box
  }
}

export function safeUrl(raw: string): string | null {
  const s = raw.trim()
  if (!s) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : 'https://' + s
  try {
    const u = new URL(withScheme)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

export function linkRenderer(kind: 'email' | 'url' | 'phone') {
  return (p: ICellRendererParams) => {
    const v = p.value === null || p.value === undefined ? '' : String(p.value)
    if (!v) return ''
    const href =
      kind === 'email' ? 'mailto:' + v.trim() : kind === 'phone' ? 'tel:' + v.replace(/[^\d+]/g, '') : safeUrl(v)
    if (!href) return el('span', undefined, v)
    const a = el('a', 'cell-link', v)
    a.href = href
    if (kind === 'url') {
      a.target = '_blank'
      a.rel = 'noopener noreferrer'
    }
    return a
  }
}

export function peopleRenderer(members: () => Member[]) {
  return (p: ICellRendererParams) => {
    const box = el('span', 'cell-chips')
    for (const id of list(p.value)) {
      const label = memberLabel(members(), id)
      const c = el('span', 'person')
      const av = el('span', 'avatar', label.slice(0, 1).toUpperCase())
      c.append(av, el('span', 'ellipsis', label))
      c.title = label
      box.appendChild(c)
    }
    return box
  }
}

export function filesRenderer(images: boolean, labels: () => FileLabels) {
  return (p: ICellRendererParams) => {
    const box = el('span', 'cell-chips cell-files')
    const files = list(p.value).filter((f): f is StoredFile => !!f && typeof f === 'object')
    files.forEach((file, i) => {
      if (isImage(file)) {
        const img = el('img', 'thumb')
        img.src = fileUrl(file)
        img.alt = file.name ?? ''
        img.title = file.name ?? ''
        img.loading = 'lazy'
        img.dataset.action = 'preview'
        // The viewer opens on click without starting the cell editor.
        img.addEventListener('click', (e) => {
          e.stopPropagation()
          openPreview(files, i, labels())
        })
        box.appendChild(img)
      } else {
        const a = el('a', 'file', file.name ?? '')
        a.title = file.name ?? ''
        a.href = fileUrl(file)
        a.target = '_blank'
        a.rel = 'noopener noreferrer'
        if (!images) a.setAttribute('download', file.name ?? '')
        box.appendChild(a)
      }
    })
    return box
  }
}

/** Long text as a one-line Markdown preview (the text is escaped by markdownToHtml). */
export function markdownRenderer() {
  return (p: ICellRendererParams) => {
    if (p.value === null || p.value === undefined || p.value === '') return ''
    const box = el('div', 'md md-cell')
    box.innerHTML = markdownToHtml(String(p.value))
    box.title = String(p.value)
    return box
  }
}

/** Linked rows as chips with their display values. */
export function linkChipsRenderer(untitled: () => string) {
  return (p: ICellRendererParams) => {
    const box = el('span', 'cell-chips')
    for (const v of list(p.value)) {
      if (!v || typeof v !== 'object') continue
      const label = String((v as { display_value?: unknown }).display_value ?? '') || untitled()
      const c = chip(label, '#e8eefc')
      c.classList.add('link-chip')
      box.appendChild(c)
    }
    return box
  }
}

/** Computed and system values: the text with a lock hint on hover. */
export function lockedRenderer(hint: () => string) {
  return (p: ICellRendererParams) => {
    if (p.data === undefined) return ''
    const box = el('span', 'cell-locked')
    box.title = hint()
    box.append(el('span', 'ellipsis', p.valueFormatted ?? (p.value == null ? '' : String(p.value))))
    const lock = el('span', 'lock')
    lock.setAttribute('aria-hidden', 'true')
    lock.innerHTML = LOCK_SVG
    box.appendChild(lock)
    return box
  }
}

export const LOCK_SVG =
  '<svg viewBox="0 0 24 24" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/></svg>'
