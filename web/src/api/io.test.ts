import { describe, expect, it } from 'vitest'
import { fileNameOf } from './io'

describe('fileNameOf (Content-Disposition of exports)', () => {
  it('prefers the UTF-8 name, so Cyrillic table names survive', () => {
    const h = `attachment; filename="export.csv"; filename*=UTF-8''${encodeURIComponent('Счета 2026')}.csv`
    expect(fileNameOf(h)).toBe('Счета 2026.csv')
  })
  it('falls back to the plain name', () => {
    expect(fileNameOf('attachment; filename="Invoices.xlsx"')).toBe('Invoices.xlsx')
  })
  it('answers empty without a header or a name', () => {
    expect(fileNameOf(null)).toBe('')
    expect(fileNameOf('inline')).toBe('')
  })
  it('survives a broken percent-encoding', () => {
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''%E0%A4%A.csv`)).toBe('a.csv')
  })
})
