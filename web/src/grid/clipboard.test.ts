import { describe, expect, it } from 'vitest'
import { parseTSV, planPaste, toHTML, toTSV } from './clipboard'

describe('parseTSV', () => {
  it('reads a plain block with CRLF and a trailing line break as Excel copies it', () => {
    expect(parseTSV('a\tb\tc\r\n1\t2\t3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('reads LF and lone CR line breaks', () => {
    expect(parseTSV('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(parseTSV('a\rb\r')).toEqual([['a'], ['b']])
  })

  it('keeps tabs, newlines and doubled quotes inside quoted cells', () => {
    const text = '"line 1\nline 2"\t"has\ttab"\r\n"say ""hi"""\tplain\r\n'
    expect(parseTSV(text)).toEqual([
      ['line 1\nline 2', 'has\ttab'],
      ['say "hi"', 'plain'],
    ])
  })

  it('keeps CRLF inside a quoted cell', () => {
    expect(parseTSV('"a\r\nb"\tc\r\n')).toEqual([['a\r\nb', 'c']])
  })

  it('treats a quote that does not close a cell as text', () => {
    expect(parseTSV('5" screen\t"x')).toEqual([['5" screen', '"x']])
    expect(parseTSV('"abc"def\tg')).toEqual([['"abc"def', 'g']])
  })

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTSV('\t\tx\r\ny\t\t\r\n')).toEqual([
      ['', '', 'x'],
      ['y', '', ''],
    ])
  })

  it('pads ragged rows to the widest', () => {
    expect(parseTSV('a\tb\nc')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ])
  })

  it('returns one cell for a single value and nothing for empty text', () => {
    expect(parseTSV('42')).toEqual([['42']])
    expect(parseTSV('42\r\n')).toEqual([['42']])
    expect(parseTSV('')).toEqual([])
  })

  it('keeps a blank line in the middle as an empty row', () => {
    expect(parseTSV('a\n\nb\n')).toEqual([['a'], [''], ['b']])
  })
})

describe('toTSV and toHTML', () => {
  const rows = [
    ['Name', 'Note'],
    ['Anna', 'two\nlines'],
    ['Tab\there', 'say "x"'],
  ]

  it('quotes only cells that need it and round-trips through the parser', () => {
    const tsv = toTSV(rows)
    expect(tsv).toBe('Name\tNote\r\nAnna\t"two\nlines"\r\n"Tab\there"\t"say ""x"""')
    expect(parseTSV(tsv)).toEqual(rows)
  })

  it('writes an escaped HTML table with in-cell line breaks', () => {
    const html = toHTML([['<b>&', 'a\nb']])
    expect(html).toContain('<table>')
    expect(html).toContain('<td>&lt;b&gt;&amp;</td>')
    expect(html).toContain('<td>a<br style="mso-data-placement:same-cell;">b</td>')
    expect(html.match(/<tr>/g)).toHaveLength(1)
  })
})

describe('planPaste', () => {
  const block = [
    ['1', '2'],
    ['3', '4'],
  ]

  it('places a block at the selection top-left', () => {
    expect(planPaste(block, { top: 5, left: 1, height: 1, width: 1, columnCount: 10 })).toEqual({
      rows: block,
      top: 5,
      left: 1,
    })
  })

  it('clips columns past the last one', () => {
    const plan = planPaste(block, { top: 0, left: 2, height: 1, width: 1, columnCount: 3 })
    expect(plan.rows).toEqual([['1'], ['3']])
  })

  it('repeats a single value over a selected rectangle', () => {
    const plan = planPaste([['x']], { top: 0, left: 0, height: 3, width: 2, columnCount: 5 })
    expect(plan.rows).toEqual([
      ['x', 'x'],
      ['x', 'x'],
      ['x', 'x'],
    ])
  })

  it('tiles only when the selection is a multiple of the block', () => {
    expect(planPaste(block, { top: 0, left: 0, height: 4, width: 2, columnCount: 5 }).rows).toHaveLength(4)
    expect(planPaste(block, { top: 0, left: 0, height: 3, width: 2, columnCount: 5 }).rows).toHaveLength(2)
  })
})
