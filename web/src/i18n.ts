/**
 * Interface language: Russian or English. The choice comes from localStorage when the user
 * picked one, else from the browser; switching saves it and tells the server (PATCH /api/me).
 */
import { createI18n } from 'vue-i18n'
import en from './locales/en.json'
import ru from './locales/ru.json'

type Messages = Record<string, unknown>

/**
 * Features keep their strings in locales/<locale>/<feature>.json (e.g. locales/ru/share.json);
 * they are merged over the core file so that features do not all edit one big file.
 */
function merge(target: Messages, extra: Messages): Messages {
  for (const [k, v] of Object.entries(extra)) {
    const cur = target[k]
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) {
      merge(cur as Messages, v as Messages)
    } else {
      target[k] = v
    }
  }
  return target
}

const parts = import.meta.glob<{ default: Messages }>('./locales/*/*.json', { eager: true })

export function messagesFor<T extends object>(locale: 'ru' | 'en', core: T): T {
  const out = merge({}, structuredClone(core as Messages))
  for (const [path, mod] of Object.entries(parts).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith(`./locales/${locale}/`)) merge(out, mod.default)
  }
  return out as T
}

export type Locale = 'ru' | 'en'
export const LOCALES: Locale[] = ['ru', 'en']
const KEY = 'tablo.locale'

export function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(KEY)
    return v === 'ru' || v === 'en' ? v : null
  } catch {
    return null
  }
}

export function browserLocale(): Locale {
  const langs = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []
  for (const l of langs) {
    const code = (l || '').toLowerCase()
    if (code.startsWith('ru')) return 'ru'
    if (code.startsWith('en')) return 'en'
  }
  return 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale() ?? browserLocale(),
  fallbackLocale: 'en',
  messages: { en: messagesFor('en', en), ru: messagesFor('ru', ru) },
  // Russian has three plural forms: 1 строка, 2 строки, 5 строк.
  pluralRules: {
    ru: (choice: number, choicesLength: number) => {
      if (choicesLength < 3) return choice === 1 ? 0 : 1
      const n = Math.abs(choice) % 100
      const n1 = n % 10
      if (n > 10 && n < 20) return 2
      if (n1 === 1) return 0
      if (n1 >= 2 && n1 <= 4) return 1
      return 2
    },
  },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

export function setLocale(locale: Locale, persist = true): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  if (persist) {
    try {
      localStorage.setItem(KEY, locale)
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }
}

export const t = (key: string, args?: Record<string, unknown>): string =>
  args ? i18n.global.t(key, args) : i18n.global.t(key)
