/** What file and image share: the file names as text, the file cell and its upload popup. */
import type { ColDef } from 'ag-grid-community'
import { FilesEditor } from '../grid/editors'
import { fileLabels } from '../grid/labels'
import { filesRenderer } from '../grid/renderers'
import { asList, popupEditor, type GridContext } from './module'

export function fileNames(value: unknown): string {
  return asList(value)
    .map((f) => (f && typeof f === 'object' ? String((f as { name?: string }).name ?? '') : String(f)))
    .join(', ')
}

export function filesGrid(def: ColDef, ctx: GridContext, images: boolean): void {
  def.cellRenderer = filesRenderer(images, () => fileLabels(ctx.t))
  popupEditor(def, FilesEditor, { files: { images, labels: fileLabels(ctx.t), onError: ctx.onError } })
}
