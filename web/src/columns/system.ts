/** What the system-field types share: created/modified time as date and time, creator/modifier as a person. */
import { formatDate } from '../format'
import { peopleRenderer } from '../grid/renderers'
import { memberEmail, memberLabel, type ColumnTypeModule } from './module'

/** ctime and mtime: the moment, in the locale's date format with the time. */
export function timestampType(id: string, mark: string): ColumnTypeModule {
  return {
    id,
    mark,
    text: (_col, value, ctx) => formatDate(value, { format: null, include_time: true }, ctx.locale, ctx.timeZone),
    grid(def) {
      def.type = 'rightAligned'
    },
  }
}

/** creator and last-modifier: one person, copied as their email. */
export function personType(id: string, mark: string): ColumnTypeModule {
  return {
    id,
    mark,
    sharedAsNames: true,
    text: (_col, value, ctx) => memberLabel(ctx.members, value),
    clipboard: (_col, value, ctx) => memberEmail(ctx.members, value),
    grid(def, _col, ctx) {
      def.cellRenderer = peopleRenderer(ctx.members)
    },
  }
}
