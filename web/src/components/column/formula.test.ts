import { describe, expect, it } from 'vitest'
import { applySuggestion, formulaErrorKey, suggest, tokenAt } from './formula'

const cols = [
  { name: 'Total', type: 'number' },
  { name: 'Paid', type: 'number' },
  { name: 'Customer name', type: 'text' },
]

describe('tokenAt', () => {
  it('finds an open column reference', () => {
    expect(tokenAt('round({Tot', 10)).toEqual({ kind: 'column', start: 6, end: 10, query: 'Tot' })
  })
  it('covers the closing brace when the caret is inside a full reference', () => {
    expect(tokenAt('{Total} - {Pa}', 13)).toEqual({ kind: 'column', start: 10, end: 14, query: 'Pa' })
  })
  it('finds a bare word and its rest after the caret', () => {
    expect(tokenAt('1 + rou', 7)).toEqual({ kind: 'word', start: 4, end: 7, query: 'rou' })
    expect(tokenAt('roXnd', 2)).toEqual({ kind: 'word', start: 0, end: 5, query: 'ro' })
  })
  it('suggests nothing inside text literals, after closed references, or in numbers', () => {
    expect(tokenAt("concatenate('abc", 16)).toBeNull()
    expect(tokenAt('{Total} ', 8)).toBeNull()
    expect(tokenAt('12', 2)).toBeNull()
    expect(tokenAt("'it''s' & ab", 12)).toEqual({ kind: 'word', start: 10, end: 12, query: 'ab' })
  })
  it('handles Cyrillic column names', () => {
    expect(tokenAt('{Сум', 4)).toEqual({ kind: 'column', start: 0, end: 4, query: 'Сум' })
    expect(tokenAt('сум', 3)?.query).toBe('сум')
  })
})

describe('suggest', () => {
  it('lists columns first by prefix, then functions for words', () => {
    const s = suggest(tokenAt('t', 1)!, cols)
    expect(s[0]).toMatchObject({ kind: 'column', label: 'Total', insert: '{Total}' })
    expect(s.map((x) => x.label)).toContain('today')
    expect(s.map((x) => x.label)).toContain('Customer name')
  })
  it('only columns inside braces', () => {
    const s = suggest(tokenAt('{', 1)!, cols)
    expect(s.every((x) => x.kind === 'column')).toBe(true)
    expect(s).toHaveLength(3)
  })
  it('applies a function with the caret between its parentheses', () => {
    const text = 'rou + 1'
    const tok = tokenAt(text, 3)!
    const fn = suggest(tok, cols).find((x) => x.label === 'round')!
    expect(applySuggestion(text, tok, fn)).toEqual({ text: 'round() + 1', caret: 6 })
  })
  it('replaces a half-typed reference with the whole one', () => {
    const text = '{Cus} * 2'
    const tok = tokenAt(text, 4)!
    const col = suggest(tok, cols)[0]
    expect(applySuggestion(text, tok, col)).toEqual({ text: '{Customer name} * 2', caret: 15 })
  })
})

describe('formulaErrorKey', () => {
  it('recognises the parser messages it translates, with their values', () => {
    expect(formulaErrorKey('unknown function foo()')).toEqual({ key: 'unknownFunction', values: { name: 'foo' } })
    expect(formulaErrorKey('no column named {Сумма} in this table')).toEqual({ key: 'unknownColumn', values: { name: 'Сумма' } })
    expect(formulaErrorKey('round() takes 1 to 2 arguments, got 3')).toEqual({
      key: 'argRange',
      values: { name: 'round', lo: '1', hi: '2', got: '3' },
    })
    expect(formulaErrorKey('and() takes at least 1 argument, got 0')?.key).toBe('argMin')
    expect(formulaErrorKey('abs() takes 1 argument, got 2')?.values).toEqual({ name: 'abs', n: '1', got: '2' })
    expect(formulaErrorKey("unexpected character 'с'")).toEqual({ key: 'unexpectedChar', values: { char: 'с' } })
    expect(formulaErrorKey('circular reference: {A} → {B} → {A}')?.values.chain).toBe('{A} → {B} → {A}')
  })
  it('leaves other messages alone', () => {
    expect(formulaErrorKey('two dates cannot be added')).toBeNull()
  })
})
