/** Column header components: the name with a type mark and a menu button; the "+" column. */
import type { IHeaderComp, IHeaderParams } from 'ag-grid-community'
import type { Column } from '../api/types'
import { typeModule } from '../columns/index'

/** A type's mark in headers and the type picker (its module's). */
export function typeMark(type: string): string {
  return typeModule(type).mark
}

export interface HeaderHooks {
  openMenu(col: Column, anchor: DOMRect): void
  addColumn(anchor: DOMRect): void
  typeName(type: string): string
  menuLabel: string
  addLabel: string
  canEdit: boolean
}

export class ColumnHeader implements IHeaderComp {
  private root!: HTMLDivElement
  init(params: IHeaderParams & { column: Column }): void {
    const hooks = params.context.headerHooks as HeaderHooks
    const col = params.column
    this.root = document.createElement('div')
    this.root.className = 'col-header'
    const mark = document.createElement('span')
    mark.className = 'type-mark'
    mark.textContent = typeMark(col.type)
    mark.title = hooks.typeName(col.type)
    const name = document.createElement('span')
    name.className = 'name'
    name.textContent = col.name
    name.title = col.description ? `${col.name}\n${col.description}` : col.name
    this.root.append(mark, name)
    if (hooks.canEdit) {
      const btn = document.createElement('button')
      btn.type = 'button'
      btn.className = 'col-menu-btn'
      btn.title = hooks.menuLabel
      btn.setAttribute('aria-label', `${hooks.menuLabel}: ${col.name}`)
      btn.innerHTML =
        '<svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>'
      btn.addEventListener('click', (e) => {
        e.stopPropagation()
        hooks.openMenu(col, btn.getBoundingClientRect())
      })
      this.root.appendChild(btn)
      this.root.addEventListener('contextmenu', (e) => {
        e.preventDefault()
        hooks.openMenu(col, btn.getBoundingClientRect())
      })
    }
  }
  getGui(): HTMLElement {
    return this.root
  }
  refresh(): boolean {
    return false
  }
}

export class AddColumnHeader implements IHeaderComp {
  private root!: HTMLButtonElement
  init(params: IHeaderParams): void {
    const hooks = params.context.headerHooks as HeaderHooks
    this.root = document.createElement('button')
    this.root.type = 'button'
    this.root.className = 'add-col-btn'
    this.root.title = hooks.addLabel
    this.root.setAttribute('aria-label', hooks.addLabel)
    this.root.dataset.testid = 'add-column'
    this.root.innerHTML =
      '<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 5v14M5 12h14"/></svg>'
    this.root.addEventListener('click', () => hooks.addColumn(this.root.getBoundingClientRect()))
  }
  getGui(): HTMLElement {
    return this.root
  }
  refresh(): boolean {
    return false
  }
}
