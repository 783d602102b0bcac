import { describe, expect, it } from 'vitest'
import { effectiveRowHeight, rowBufferFor } from './rowheight'

describe('row height for large tables', () => {
  it('keeps the chosen height for ordinary tables and chosen tall rows', () => {
    expect(effectiveRowHeight(20_000)).toBe(34)
    expect(effectiveRowHeight(1_000_000, 56)).toBe(56)
  })
  it('makes default rows compact enough to avoid stretching, down to 24 px', () => {
    expect(effectiveRowHeight(1_000_000)).toBe(30)
    expect(1_000_000 * effectiveRowHeight(1_000_000)).toBeLessThanOrEqual(30_000_000)
    expect(effectiveRowHeight(5_000_000)).toBe(24)
  })
  it('draws few spare rows only when the grid stretches', () => {
    expect(rowBufferFor(1_000_000, 30)).toBe(12)
    expect(rowBufferFor(5_000_000, 24)).toBe(3)
  })
})
