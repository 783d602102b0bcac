/**
 * Other parts of the base page (the table tab menu, the column menu) ask the Share button to
 * open one of its dialogs through this; the button owns the dialogs.
 */
import { ref } from 'vue'

export interface ShareRequest {
  what: 'permissions'
  /** Open the permissions dialog on this column's rule. */
  columnId?: number
  seq: number
}

let seq = 0
export const shareRequest = ref<ShareRequest | null>(null)

export function openPermissions(columnId?: number): void {
  shareRequest.value = { what: 'permissions', columnId, seq: ++seq }
}
