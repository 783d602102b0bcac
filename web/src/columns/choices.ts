/** What single and multiple select share: option names as text, the chips, the option picker. */
import type { ColDef } from 'ag-grid-community'
import type { Column } from '../api/types'
import type { PickerOption } from '../grid/editors'
import { PickerEditor } from '../grid/editors'
import { pickerLabels } from '../grid/labels'
import { selectRenderer } from '../grid/renderers'
import { asList, optionById, popupEditor, selectOptions, type GridContext } from './module'

/** The names of the chosen options, joined with ", " (unknown ids left out). */
export function optionNames(col: Column, value: unknown): string {
  return asList(value)
    .map((v) => optionById(col, v)?.name)
    .filter(Boolean)
    .join(', ')
}

/** The chips and the searchable option picker (which can add an option). */
export function choiceGrid(def: ColDef, col: Column, ctx: GridContext, multiple: boolean): void {
  def.cellRenderer = selectRenderer(col)
  popupEditor(def, PickerEditor, {
    picker: {
      multiple,
      options: (): PickerOption[] => selectOptions(col),
      addOption: (name: string) => ctx.addOption(col, name),
      labels: pickerLabels(ctx),
      onError: ctx.onError,
    },
  })
}
