/**
 * Cell editors as plain AG Grid editor components (no framework per cell): a text input with
 * per-type parse/format, a long-text popup, a date popup with a typed field and a calendar,
 * and a searchable option picker (single, multiple, people) that can add an option.
 */
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community'
import type { StoredFile } from '../api/files'
import { markdownToHtml } from './markdown'
import { chip } from './renderers'
import { calendar, filesPanel, linkPanel, type CalendarLabels, type FileLabels, type LinkLabels, type LinkValue } from './widgets'

export interface EditorContext {
  /** Text shown when editing starts from a value. */
  format(value: unknown): string
  /** Typed text to the API value; throw an Error with a human message when it cannot be read. */
  parse(text: string): unknown
  onInvalid(message: string): void
}

/** The key that started editing, when it was a printable character (typing replaces the value). */
function typedStart(p: ICellEditorParams): string | null {
  const k = p.eventKey
  return k && k.length === 1 ? k : null
}

/**
 * Every editor's first text: the typed key when typing started the edit (the grid swallows
 * that keydown, so the editor must keep it), empty after Backspace/Delete, else the value.
 */
function startText(p: ICellEditorParams, current: () => string): string {
  const typed = typedStart(p)
  if (typed !== null) return typed
  return p.eventKey === 'Backspace' || p.eventKey === 'Delete' ? '' : current()
}

/**
 * Focus an editor's field. After a typed start the caret goes after the typed key, so the next
 * keys follow it (selecting the text there made the second key replace the first: 15.01.2027
 * became 5.01.2027). Opened with Enter or a double click, `selectAll` selects the value.
 */
function focusField(field: HTMLInputElement | HTMLTextAreaElement, p: ICellEditorParams, selectAll = false): void {
  field.focus()
  const len = field.value.length
  if (selectAll && typedStart(p) === null) field.setSelectionRange(0, len)
  else field.setSelectionRange(len, len)
}

/**
 * A refusal shown at the cell: a message under the editor's field that stays until the text
 * changes, so the person sees why Enter did nothing and can correct or press Escape. A popup
 * editor holds it right under its field; an inline one (inside the cell, which clips) floats it
 * under the cell.
 */
export class Refusal {
  private el: HTMLDivElement | null = null
  /** `inPopup`: the field sits in a popup editor, which takes the message after the field. */
  constructor(
    private field: HTMLElement,
    private inPopup = false,
  ) {
    field.addEventListener('input', () => this.hide())
  }
  show(message: string): void {
    if (!this.el) {
      this.el = document.createElement('div')
      this.el.className = 'cell-refusal' + (this.inPopup ? '' : ' floating')
      this.el.setAttribute('role', 'alert')
      if (this.inPopup) this.field.after(this.el)
      else document.body.appendChild(this.el)
    }
    this.el.textContent = message
    this.field.setAttribute('aria-invalid', 'true')
    if (this.inPopup) return
    const r = this.field.getBoundingClientRect()
    const width = Math.min(320, window.innerWidth - 16)
    this.el.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`
    this.el.style.top = `${r.bottom + 4}px`
    this.el.style.maxWidth = `${width}px`
  }
  hide(): void {
    this.el?.remove()
    this.el = null
    this.field.removeAttribute('aria-invalid')
  }
}

/**
 * Enter or Tab on text that cannot be read keeps the editor open with the reason at the cell
 * instead of ending the edit (nothing is stored; Escape leaves the old value).
 */
function refuseUnreadable(field: HTMLElement, refusal: Refusal, problem: () => string | null): void {
  field.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== 'Tab') return
    const message = problem()
    if (message === null) return
    e.preventDefault()
    e.stopPropagation()
    refusal.show(message)
  })
}

export class TextEditor implements ICellEditorComp {
  private input!: HTMLInputElement
  private ctx!: EditorContext
  private params!: ICellEditorParams
  private original: unknown
  private invalid = false
  private refusal!: Refusal

  init(p: ICellEditorParams & { editor: EditorContext; inputMode?: string }): void {
    this.ctx = p.editor
    this.params = p
    this.original = p.value
    this.input = document.createElement('input')
    this.input.className = 'cell-input'
    if (p.inputMode) this.input.inputMode = p.inputMode
    this.input.value = startText(p, () => this.ctx.format(p.value))
    this.refusal = new Refusal(this.input)
    refuseUnreadable(this.input, this.refusal, () => this.problem())
  }
  /** Why the typed text cannot be stored, or null when it can. */
  private problem(): string | null {
    try {
      this.ctx.parse(this.input.value)
      return null
    } catch (e) {
      return (e as Error).message
    }
  }
  getGui(): HTMLElement {
    return this.input
  }
  afterGuiAttached(): void {
    focusField(this.input, this.params)
  }
  getValue(): unknown {
    try {
      this.invalid = false
      return this.ctx.parse(this.input.value)
    } catch {
      this.invalid = true
      return this.original
    }
  }
  isCancelAfterEnd(): boolean {
    const message = this.problem()
    this.invalid = message !== null
    // The edit ended another way (a click elsewhere): say why nothing was stored.
    if (message !== null) this.ctx.onInvalid(message)
    return this.invalid
  }
  destroy(): void {
    this.refusal.hide()
  }
}

export class LongTextEditor implements ICellEditorComp {
  private box!: HTMLDivElement
  private area!: HTMLTextAreaElement
  private preview!: HTMLDivElement
  private params!: ICellEditorParams
  init(p: ICellEditorParams & { hint?: string; previewLabel?: string }): void {
    this.params = p
    this.box = document.createElement('div')
    this.box.className = 'popup-editor long-text-editor'
    this.area = document.createElement('textarea')
    this.area.className = 'input'
    this.area.rows = 8
    this.area.value = startText(p, () => (p.value == null ? '' : String(p.value)))
    this.preview = document.createElement('div')
    this.preview.className = 'md md-preview'
    this.preview.setAttribute('aria-label', p.previewLabel ?? '')
    this.preview.dataset.testid = 'markdown-preview'
    const hint = document.createElement('div')
    hint.className = 'hint'
    hint.textContent = p.hint ?? ''
    this.box.append(this.area, this.preview, hint)
    const update = () => {
      // markdownToHtml escapes all input; only its own tags reach the page.
      this.preview.innerHTML = markdownToHtml(this.area.value)
      this.preview.hidden = !this.area.value.trim()
    }
    update()
    this.area.addEventListener('input', update)
    this.area.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        p.stopEditing()
      }
    })
  }
  getGui(): HTMLElement {
    return this.box
  }
  isPopup(): boolean {
    return true
  }
  afterGuiAttached(): void {
    focusField(this.area, this.params)
  }
  getValue(): unknown {
    return this.area.value === '' ? null : this.area.value
  }
}

export interface DateEditorParams {
  includeTime: boolean
  locale: string
  calendarLabels: CalendarLabels
  format(value: unknown): string
  /** Typed text to an input-style value ("YYYY-MM-DD[THH:MM]") or null when unreadable. */
  parseTyped(text: string): string | null
  /** "YYYY-MM-DD[THH:MM]" in the user's zone to the API value. */
  toValue(input: string): string | null
  toInput(value: unknown): string
  placeholder: string
  /** Why `text` is not a date, for the message at the cell. */
  invalidMessage(text: string): string
  onInvalid(message: string): void
}

/** A typed field in the column's format over a month calendar; a click on a day (dates only) saves. */
export class DateEditor implements ICellEditorComp {
  private box!: HTMLDivElement
  private text!: HTMLInputElement
  private p!: DateEditorParams
  private params!: ICellEditorParams
  private original: unknown
  private bad = false
  private refusal!: Refusal

  init(params: ICellEditorParams & { date: DateEditorParams }): void {
    this.p = params.date
    this.params = params
    this.original = params.value
    this.box = document.createElement('div')
    this.box.className = 'popup-editor date-editor'
    this.text = document.createElement('input')
    this.text.className = 'input'
    this.text.placeholder = this.p.placeholder
    this.text.setAttribute('aria-label', this.p.placeholder)
    this.text.value = startText(params, () => this.p.format(params.value))
    const start = this.p.toInput(params.value)
    const cal = calendar(this.p.locale, start ? start.slice(0, 10) : null, this.p.calendarLabels, (iso) => {
      const typedNow = this.p.parseTyped(this.text.value.trim())
      const time = this.p.includeTime ? 'T' + ((typedNow ?? start).slice(11, 16) || '00:00') : ''
      const v = this.p.toValue(iso + time)
      this.text.value = v ? this.p.format(v) : ''
      this.refusal.hide()
      if (!this.p.includeTime) params.stopEditing()
      else this.text.focus()
    })
    this.text.addEventListener('input', () => {
      const input = this.p.parseTyped(this.text.value.trim())
      if (input) cal.show(input.slice(0, 10))
    })
    this.box.append(this.text, cal.el)
    this.refusal = new Refusal(this.text, true)
    refuseUnreadable(this.text, this.refusal, () => this.problem())
  }
  /** Why the typed text is not a date, or null when it is one (or empty: the date is cleared). */
  private problem(): string | null {
    const s = this.text.value.trim()
    return !s || this.p.parseTyped(s) ? null : this.p.invalidMessage(s)
  }
  getGui(): HTMLElement {
    return this.box
  }
  isPopup(): boolean {
    return true
  }
  afterGuiAttached(): void {
    focusField(this.text, this.params, true)
  }
  getValue(): unknown {
    const s = this.text.value.trim()
    this.bad = false
    if (!s) return null
    const input = this.p.parseTyped(s)
    if (!input) {
      this.bad = true
      return this.original
    }
    return this.p.toValue(input)
  }
  isCancelAfterEnd(): boolean {
    const message = this.problem()
    this.bad = message !== null
    if (message !== null) this.p.onInvalid(message)
    return this.bad
  }
  destroy(): void {
    this.refusal.hide()
  }
}

/** Attachments of a file or image cell: thumbnails, preview, remove, upload. */
export class FilesEditor implements ICellEditorComp {
  private box!: HTMLDivElement
  private files: StoredFile[] = []
  private openUpload: () => void = () => {}
  init(params: ICellEditorParams & { files: { images: boolean; labels: FileLabels; onError(e: unknown): void } }): void {
    this.files = Array.isArray(params.value) ? (params.value as StoredFile[]) : []
    this.box = document.createElement('div')
    this.box.className = 'popup-editor files-editor'
    const panel = filesPanel({
      files: this.files,
      images: params.files.images,
      editable: true,
      labels: params.files.labels,
      onChange: (f) => (this.files = f),
      onError: params.files.onError,
    })
    this.openUpload = panel.openUpload
    this.box.appendChild(panel.el)
    this.box.tabIndex = -1
    this.box.addEventListener('keydown', (e) => {
      // Enter on the panel's own buttons presses them; elsewhere it saves the cell.
      if (e.key === 'Enter' && !(e.target as HTMLElement).closest('button')) {
        e.preventDefault()
        params.stopEditing()
      }
    })
  }
  getGui(): HTMLElement {
    return this.box
  }
  isPopup(): boolean {
    return true
  }
  afterGuiAttached(): void {
    this.box.focus()
  }
  getValue(): unknown {
    return this.files
  }
  /** Exposed for keyboard users: the panel's upload button does the same. */
  upload(): void {
    this.openUpload()
  }
}

/** Linked rows of a link cell with a search over the other table's rows. */
export class LinkEditor implements ICellEditorComp {
  private box!: HTMLDivElement
  private value: LinkValue[] = []
  private focusSearch: () => void = () => {}
  init(
    params: ICellEditorParams & {
      link: { tableId: number; multiple: boolean; locale: string; labels: LinkLabels; onError(e: unknown): void }
    },
  ): void {
    this.value = Array.isArray(params.value) ? (params.value as LinkValue[]) : []
    this.box = document.createElement('div')
    this.box.className = 'popup-editor link-editor'
    const panel = linkPanel({
      tableId: params.link.tableId,
      value: this.value,
      multiple: params.link.multiple,
      editable: true,
      locale: params.link.locale,
      labels: params.link.labels,
      onChange: (v) => (this.value = v),
      onError: params.link.onError,
      onDone: () => params.stopEditing(),
      query: typedStart(params) ?? '',
    })
    this.focusSearch = panel.focus
    this.box.appendChild(panel.el)
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault()
        params.stopEditing()
      }
    })
  }
  getGui(): HTMLElement {
    return this.box
  }
  isPopup(): boolean {
    return true
  }
  afterGuiAttached(): void {
    this.focusSearch()
  }
  getValue(): unknown {
    return this.value
  }
}

export interface PickerOption {
  id: string | number
  name: string
  color: string
  detail?: string
}

export interface PickerParams {
  multiple: boolean
  options(): PickerOption[]
  /** Present when the person may add options; resolves to the new option. */
  addOption?(name: string): Promise<PickerOption>
  labels: { search: string; add: (name: string) => string; empty: string; clear: string }
  onError(e: unknown): void
  /** Told of every pick (the row form keeps the value; the grid reads getValue at the end). */
  onChange?(value: unknown): void
}

/** A searchable list of options; Enter picks, arrows move, multiple keeps the list open. */
export class PickerEditor implements ICellEditorComp {
  private box!: HTMLDivElement
  private search!: HTMLInputElement
  private listEl!: HTMLDivElement
  private p!: PickerParams
  private selected: (string | number)[] = []
  private active = 0
  private items: { kind: 'option' | 'add' | 'clear'; option?: PickerOption; name?: string }[] = []
  private stop!: () => void
  private params!: ICellEditorParams

  init(params: ICellEditorParams & { picker: PickerParams }): void {
    this.p = params.picker
    this.params = params
    this.stop = () => params.stopEditing()
    const v = params.value
    this.selected = Array.isArray(v) ? [...v] : v === null || v === undefined || v === '' ? [] : [v as string]
    this.box = document.createElement('div')
    this.box.className = 'popup-editor picker'
    this.search = document.createElement('input')
    this.search.className = 'input'
    this.search.placeholder = this.p.labels.search
    this.search.setAttribute('aria-label', this.p.labels.search)
    // A typed start is the beginning of the search (the cell's value is kept until a pick).
    this.search.value = typedStart(params) ?? ''
    this.listEl = document.createElement('div')
    this.listEl.className = 'picker-list'
    this.listEl.setAttribute('role', 'listbox')
    this.box.append(this.search, this.listEl)
    this.search.addEventListener('input', () => {
      this.active = 0
      this.render()
    })
    this.search.addEventListener('keydown', (e) => this.onKey(e))
    this.render()
  }

  private render(): void {
    const q = this.search.value.trim().toLocaleLowerCase()
    const all = this.p.options()
    const shown = q ? all.filter((o) => o.name.toLocaleLowerCase().includes(q) || o.detail?.toLocaleLowerCase().includes(q)) : all
    this.items = shown.map((o) => ({ kind: 'option' as const, option: o }))
    const exact = all.some((o) => o.name.toLocaleLowerCase() === q)
    if (q && !exact && this.p.addOption) this.items.push({ kind: 'add', name: this.search.value.trim() })
    if (!this.p.multiple && this.selected.length && !q) this.items.push({ kind: 'clear' })
    this.active = Math.min(this.active, Math.max(0, this.items.length - 1))
    this.listEl.replaceChildren()
    if (!this.items.length) {
      const empty = document.createElement('div')
      empty.className = 'picker-empty'
      empty.textContent = this.p.labels.empty
      this.listEl.appendChild(empty)
    }
    this.items.forEach((it, i) => {
      const row = document.createElement('div')
      row.className = 'picker-item' + (i === this.active ? ' active' : '')
      row.setAttribute('role', 'option')
      if (it.kind === 'option' && it.option) {
        const on = this.selected.includes(it.option.id)
        row.setAttribute('aria-selected', on ? 'true' : 'false')
        const mark = document.createElement('span')
        mark.className = 'mark'
        mark.textContent = on ? '✓' : ''
        row.append(mark, chip(it.option.name, it.option.color))
        if (it.option.detail) {
          const d = document.createElement('span')
          d.className = 'detail'
          d.textContent = it.option.detail
          row.appendChild(d)
        }
      } else if (it.kind === 'add') {
        row.classList.add('add')
        row.textContent = this.p.labels.add(it.name ?? '')
      } else {
        row.classList.add('clear')
        row.textContent = this.p.labels.clear
      }
      row.addEventListener('mousedown', (e) => {
        e.preventDefault()
        this.active = i
        this.choose()
      })
      this.listEl.appendChild(row)
    })
    this.listEl.children[this.active]?.scrollIntoView?.({ block: 'nearest' })
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      e.stopPropagation()
      const n = this.items.length
      if (n) this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n
      this.render()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      e.stopPropagation()
      if (this.items.length && (this.search.value.trim() || !this.p.multiple)) this.choose()
      else this.stop()
    }
  }

  private async choose(): Promise<void> {
    const it = this.items[this.active]
    if (!it) return
    if (it.kind === 'clear') {
      this.selected = []
      this.p.onChange?.(this.getValue())
      this.render()
      this.stop()
      return
    }
    let option = it.option
    if (it.kind === 'add' && this.p.addOption) {
      try {
        option = await this.p.addOption(it.name ?? '')
      } catch (e) {
        this.p.onError(e)
        return
      }
    }
    if (!option) return
    if (this.p.multiple) {
      const i = this.selected.indexOf(option.id)
      if (i >= 0) this.selected.splice(i, 1)
      else this.selected.push(option.id)
      this.search.value = ''
      this.p.onChange?.(this.getValue())
      this.render()
      this.search.focus()
    } else {
      this.selected = [option.id]
      this.p.onChange?.(this.getValue())
      this.search.value = ''
      this.render()
      this.stop()
    }
  }

  getGui(): HTMLElement {
    return this.box
  }
  isPopup(): boolean {
    return true
  }
  afterGuiAttached(): void {
    focusField(this.search, this.params)
  }
  getValue(): unknown {
    if (this.p.multiple) return this.selected.length ? [...this.selected] : []
    return this.selected[0] ?? null
  }
}
