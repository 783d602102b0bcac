/** App-wide state: the signed-in user, notifications, and helpers to report errors humanely. */
import { reactive } from 'vue'
import { ApiError } from './api/client'
import { auth } from './api/endpoints'
import { constraintMessage } from './constraints'
import type { User } from './api/types'
import { i18n, setLocale, t, type Locale } from './i18n'

export interface Toast {
  id: number
  kind: 'info' | 'error' | 'success'
  text: string
  actionLabel?: string
  action?: () => void
}

export const store = reactive({
  user: null as User | null,
  /** True once /api/me has answered (signed in or not). */
  ready: false,
  toasts: [] as Toast[],
})

let toastSeq = 0

export function notify(text: string, kind: Toast['kind'] = 'info', action?: { label: string; run: () => void }): number {
  const id = ++toastSeq
  store.toasts.push({ id, kind, text, actionLabel: action?.label, action: action?.run })
  setTimeout(() => dismiss(id), action ? 8000 : kind === 'error' ? 7000 : 3500)
  return id
}

export function dismiss(id: number): void {
  const i = store.toasts.findIndex((x) => x.id === id)
  if (i >= 0) store.toasts.splice(i, 1)
}

/** A human message for any error: translated for known codes, else the server's own words. */
export function errorMessage(e: unknown): string {
  const broken = constraintMessage(e, t)
  if (broken) return broken
  if (e instanceof ApiError) {
    const key = `errors.${e.code}`
    if (i18n.global.te(key)) return t(key, { detail: e.message })
    if (e.status >= 500) return t('errors.server')
    return e.message
  }
  if (e instanceof Error && e.name === 'AbortError') return ''
  return t('errors.unknown')
}

export function reportError(e: unknown): void {
  const msg = errorMessage(e)
  if (msg) notify(msg, 'error')
}

/** The user's time zone: from the account, else the browser's. */
export function timeZone(): string | undefined {
  return store.user?.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone || undefined
}

export async function loadMe(): Promise<void> {
  try {
    store.user = await auth.me()
    syncLocaleToServer()
  } catch (e) {
    store.user = null
    if (!(e instanceof ApiError && e.status === 401)) reportError(e)
  } finally {
    store.ready = true
  }
}

/**
 * The interface language is the browser's (or the person's choice in this browser); the
 * account remembers it so that server-made texts (exports, e-mails) use the same language.
 */
export function syncLocaleToServer(): void {
  const loc = i18n.global.locale.value as Locale
  if (store.user && store.user.locale !== loc) {
    auth
      .patchMe({ locale: loc })
      .then((u) => (store.user = u))
      .catch(() => undefined)
  }
}

export async function changeLocale(locale: Locale): Promise<void> {
  setLocale(locale)
  if (store.user) {
    try {
      store.user = await auth.patchMe({ locale })
    } catch (e) {
      reportError(e)
    }
  }
}
