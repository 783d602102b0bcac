import { describe, expect, it } from 'vitest'
import { toggledField } from './cardFields'

describe('toggledField', () => {
  it('adds a field last and removes it again, leaving the others in order', () => {
    expect(toggledField([3, 1], 7)).toEqual([3, 1, 7])
    expect(toggledField([3, 1, 7], 1)).toEqual([3, 7])
    expect(toggledField([], 2)).toEqual([2])
  })
})
