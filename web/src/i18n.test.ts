import { describe, expect, it } from 'vitest'
import { messagesFor } from './i18n'

describe('messagesFor', () => {
  it('keeps the core strings and merges feature files without dropping siblings', () => {
    const core = { common: { save: 'Save', cancel: 'Cancel' } }
    const out = messagesFor('en', core) as Record<string, Record<string, string>>
    expect(out.common.save).toBe('Save')
    expect(out.common.cancel).toBe('Cancel')
    // the core object itself is not changed by merging
    expect(Object.keys(core.common)).toEqual(['save', 'cancel'])
  })
})

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}

describe('translations', () => {
  it('Russian and English have the same keys, core and every feature file', async () => {
    const en = messagesFor('en', (await import('./locales/en.json')).default) as Tree
    const ru = messagesFor('ru', (await import('./locales/ru.json')).default) as Tree
    const enKeys = new Set(keys(en))
    const ruKeys = new Set(keys(ru))
    const missingRu = [...enKeys].filter((k) => !ruKeys.has(k))
    const missingEn = [...ruKeys].filter((k) => !enKeys.has(k))
    expect(missingRu).toEqual([])
    expect(missingEn).toEqual([])
  })
})
