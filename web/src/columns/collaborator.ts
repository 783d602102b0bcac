/** Collaborator: people of the base, picked from its members; copied as emails. */
import type { PickerOption } from '../grid/editors'
import { PickerEditor } from '../grid/editors'
import { pickerLabels } from '../grid/labels'
import { peopleRenderer } from '../grid/renderers'
import { asList, memberEmail, memberLabel, popupEditor, type ColumnTypeModule } from './module'

export const collaborator: ColumnTypeModule = {
  id: 'collaborator',
  mark: '☺',
  sharedAsNames: true,
  text: (_col, value, ctx) => asList(value).map((v) => memberLabel(ctx.members, v)).join(', '),
  clipboard: (_col, value, ctx) => asList(value).map((v) => memberEmail(ctx.members, v)).join(', '),
  grid(def, _col, ctx) {
    def.cellRenderer = peopleRenderer(ctx.members)
    popupEditor(def, PickerEditor, {
      picker: {
        multiple: true,
        options: (): PickerOption[] => ctx.members().map((m) => ({ id: m.id, name: m.name || m.email, color: '#DDD9FF', detail: m.email })),
        labels: pickerLabels(ctx),
        onError: ctx.onError,
      },
    })
  },
  form: { input: 'picker', multiple: true, people: true },
}
