import { describe, expect, it } from 'vitest'
import type { FormFieldSetting } from '../api/team'
import { holds, isHttpUrl, moveField, prefillValues, visibleFields, type PublicField } from './form'

const field = (key: string, type = 'text', extra: Partial<PublicField> = {}): PublicField =>
  ({ key, label: key, type, required: false, help: '', options: null, condition: null, ...extra }) as PublicField

describe('form view', () => {
  const kind = field('Kind', 'single-select', { options: ['Question', 'Claim'] })
  const number = field('Claim number', 'text', { condition: { key: 'Kind', op: 'equals', value: 'Claim' } })
  const scan = field('Scan', 'image', { condition: { key: 'Claim number', op: 'filled', value: null } })
  const all = [field('Name'), kind, number, scan]

  it('shows a conditional question only when the field it names is shown and fits', () => {
    expect(visibleFields(all, {}).map((f) => f.key)).toEqual(['Name', 'Kind'])
    expect(visibleFields(all, { Kind: 'Claim' }).map((f) => f.key)).toEqual(['Name', 'Kind', 'Claim number'])
    expect(visibleFields(all, { Kind: 'Claim', 'Claim number': 'C-1' }).map((f) => f.key)).toEqual(['Name', 'Kind', 'Claim number', 'Scan'])
    // The number is typed, then the kind changes: the number and the scan that hangs on it hide.
    expect(visibleFields(all, { Kind: 'Question', 'Claim number': 'C-1' }).map((f) => f.key)).toEqual(['Name', 'Kind'])
  })

  it('compares values as the server does', () => {
    expect(holds({ op: 'equals', value: 'B' }, ['A', 'B'])).toBe(true)
    expect(holds({ op: 'equals', value: true }, true)).toBe(true)
    expect(holds({ op: 'equals', value: '5' }, 5)).toBe(true)
    expect(holds({ op: 'filled', value: null }, false)).toBe(false)
    expect(holds({ op: 'filled', value: null }, [])).toBe(false)
  })

  it('prefills from the URL by name or label, options only when they exist', () => {
    const fields = [field('Name', 'text', { label: 'Your name' }), kind, field('Ok', 'checkbox'), field('Tags', 'multiple-select', { options: ['a', 'b'] }), scan]
    expect(prefillValues(fields, { 'Your name': 'Ирина', Kind: 'Nope', Ok: 'да', Tags: 'a, x,b', Scan: 'x' })).toEqual({ Name: 'Ирина', Ok: true, Tags: ['a', 'b'] })
    expect(prefillValues(fields, { Kind: 'Claim' })).toEqual({ Kind: 'Claim' })
  })

  it('drops a condition that would name a later question after a move', () => {
    const f = (id: number, cond: number | null = null): FormFieldSetting => ({ column_id: id, required: false, label: null, help: '', condition: cond ? { column_id: cond, op: 'filled', value: null } : null })
    const moved = moveField([f(1), f(2, 1), f(3, 2)], 0, 2)
    expect(moved.map((x) => [x.column_id, x.condition?.column_id ?? null])).toEqual([[2, null], [3, 2], [1, null]])
    expect(moveField([f(1), f(2, 1)], 1, 1)).toHaveLength(2)
  })

  it('takes only http and https redirects', () => {
    expect(isHttpUrl('https://example.org/thanks')).toBe(true)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('ftp://example.org')).toBe(false)
  })
})
