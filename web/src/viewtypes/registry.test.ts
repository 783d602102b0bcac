import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW_TYPE, pickViewType } from './registry'

describe('pickViewType', () => {
  const registry = { grid: 'Grid', kanban: 'Kanban' }

  it('picks the view’s own type', () => {
    expect(pickViewType(registry, 'kanban')).toBe('Kanban')
    expect(pickViewType(registry, 'grid')).toBe('Grid')
  })

  it('shows a view without a type, or of an unknown type, as a grid', () => {
    expect(DEFAULT_VIEW_TYPE).toBe('grid')
    expect(pickViewType(registry, undefined)).toBe('Grid')
    expect(pickViewType(registry, null)).toBe('Grid')
    expect(pickViewType(registry, 'hologram')).toBe('Grid')
  })

  it('fails loudly when the grid is not registered', () => {
    expect(() => pickViewType({ kanban: 'Kanban' }, 'calendar')).toThrow(/no 'grid'/)
  })
})
