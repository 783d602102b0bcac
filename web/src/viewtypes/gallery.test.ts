import { describe, expect, it } from 'vitest'
import type { Column } from '../api/types'
import { cardSize, coverOf, wantsMore } from './gallery'

const col = (id: number, type: string): Column =>
  ({ id, name: `c${id}`, type, options: {}, position: id, is_primary: false, read_only: false, description: '' }) as Column

describe('gallery cards', () => {
  it('takes the cover from the first file of the cover column', () => {
    const photo = col(7, 'file')
    const img = { id: 'a1', name: 'cat.png', size: 10, mime: 'image/png' }
    const pdf = { id: 'b2', name: 'report.final.pdf', size: 10, mime: 'application/pdf' }
    expect(coverOf(photo, { _id: 'r', 7: [img, pdf] })).toEqual({ kind: 'image', url: '/api/files/a1', name: 'cat.png' })
    expect(coverOf(photo, { _id: 'r', 7: [pdf, img] })).toEqual({ kind: 'file', ext: 'PDF', name: 'report.final.pdf' })
    expect(coverOf(photo, { _id: 'r', 7: [] })).toEqual({ kind: 'none' })
    expect(coverOf(photo, { _id: 'r' })).toEqual({ kind: 'none' })
    expect(coverOf(null, { _id: 'r', 7: [img] })).toEqual({ kind: 'none' })
  })

  it('knows its card size and when to read more', () => {
    expect(cardSize({})).toBe('medium')
    expect(cardSize({ card_size: 'large' })).toBe('large')
    expect(cardSize({ card_size: 'huge' as never })).toBe('medium')
    expect(wantsMore(60, 200, false, true)).toBe(true)
    expect(wantsMore(60, 200, true, true)).toBe(false)
    expect(wantsMore(200, 200, false, true)).toBe(false)
    expect(wantsMore(60, 200, false, false)).toBe(false)
  })
})
