import { describe, expect, it } from 'vitest'
import { FUNCTIONS, applySuggestion, formulaErrorKey, suggest, tokenAt } from './formula'
import en from '../../locales/en/formulas.json'
import ru from '../../locales/ru/formulas.json'

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
  it('recognises a suggested name and the new functions\' mistakes', () => {
    expect(formulaErrorKey('unknown function celing(); did you mean ceiling()?')).toEqual({
      key: 'unknownFunctionHint',
      values: { name: 'celing', hint: 'ceiling' },
    })
    expect(formulaErrorKey("startofweek(): the week starts on 'Monday' or 'Sunday'")).toEqual({ key: 'weekStart', values: { name: 'startofweek' } })
    expect(formulaErrorKey('weeknum(): the return type is 1 or 17 (weeks start on Sunday)')?.key).toBe('weeknumType')
  })
  it('leaves other messages alone', () => {
    expect(formulaErrorKey('two dates cannot be added')).toBeNull()
  })
})

describe('function help', () => {
  it('describes every function in both languages, with an example that uses it', () => {
    for (const f of FUNCTIONS) {
      expect((en.formulaHelp.fn as Record<string, string>)[f.name], f.name).toBeTruthy()
      expect((ru.formulaHelp.fn as Record<string, string>)[f.name], f.name).toBeTruthy()
      expect(f.example.toLowerCase(), f.name).toContain(f.name.toLowerCase())
      expect(f.result, f.name).not.toBe('')
    }
    expect(Object.keys(en.formulaHelp.fn).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort())
  })
})
