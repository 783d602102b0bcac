import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../locales/en/collab.json'
import ru from '../../locales/ru/collab.json'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}

describe('collab translations', () => {
  // vue-i18n compiles a message on first use; a stray @, {, | breaks it only at run time.
  for (const [locale, messages] of [['en', en], ['ru', ru]] as const) {
    it(`every ${locale} message compiles and renders`, () => {
      const errors: string[] = []
      const i18n = createI18n({ legacy: false, locale, messages: { [locale]: messages }, missingWarn: false, fallbackWarn: false, warnHtmlMessage: false })
      for (const key of keys(messages as Tree)) {
        try {
          const out = i18n.global.t(key, { n: 2, who: 'Anna', table: 'T', row: 'R', column: 'C', name: 'N', when: 'now', url: 'u', reason: 'r', example: '{Name}' })
          if (!out || out === key) errors.push(`${key}: empty`)
        } catch (e) {
          errors.push(`${key}: ${(e as Error).message}`)
        }
      }
      expect(errors).toEqual([])
    })
  }

  it('mention placeholders show a literal @', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
    expect(i18n.global.t('collab.comments.placeholder')).toContain('Type @ to mention')
    expect(i18n.global.t('collab.auto.templateHint', { example: '{Name}' })).toContain('{Column name}')
  })
})
