/** Grid calls that are not in endpoints.ts: moving a column on "All rows". */
import { http } from './client'
import type { Column } from './types'

/** Moves a column to a new place (columns show by ascending position); one undoable action. */
export const moveColumn = (id: number, position: number) =>
  http.patch<{ version: number; column: Column }>(`/columns/${id}`, { position })
