/** Promise-based prompt and confirm dialogs, rendered by DialogHost.vue. */
import { reactive } from 'vue'

export interface DialogState {
  kind: 'prompt' | 'confirm'
  title: string
  message?: string
  label?: string
  value: string
  okLabel?: string
  danger?: boolean
  resolve: (v: string | boolean | null) => void
}

export const dialog = reactive({ current: null as DialogState | null })

export function ask(opts: { title: string; label?: string; value?: string; okLabel?: string }): Promise<string | null> {
  return new Promise((resolve) => {
    dialog.current?.resolve(null)
    dialog.current = {
      kind: 'prompt',
      title: opts.title,
      label: opts.label,
      value: opts.value ?? '',
      okLabel: opts.okLabel,
      resolve: (v) => resolve(typeof v === 'string' ? v : null),
    }
  })
}

export function confirmDialog(opts: { title: string; message?: string; okLabel?: string; danger?: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    dialog.current?.resolve(null)
    dialog.current = {
      kind: 'confirm',
      title: opts.title,
      message: opts.message,
      value: '',
      okLabel: opts.okLabel,
      danger: opts.danger,
      resolve: (v) => resolve(v === true),
    }
  })
}

export function closeDialog(result: string | boolean | null): void {
  const d = dialog.current
  dialog.current = null
  d?.resolve(result)
}
