import { describe, expect, it } from 'vitest'
import { inlineHtml, markdownToHtml, safeHref } from './markdown'

describe('markdown', () => {
  it('escapes HTML in the input', () => {
    expect(markdownToHtml('<img src=x onerror=alert(1)> & "q"')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>',
    )
    expect(markdownToHtml('**<script>alert(1)</script>**')).toBe('<p><strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong></p>')
  })

  it('renders bold, italic, code, headings and lists', () => {
    expect(inlineHtml('a **b** *c* _d_ `e*f*`')).toBe('a <strong>b</strong> <em>c</em> <em>d</em> <code>e*f*</code>')
    expect(markdownToHtml('# Title\n- one\n- two\n\n1. first\n2. second\nend')).toBe(
      '<h4>Title</h4><ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol><p>end</p>',
    )
    expect(markdownToHtml('line 1\nline 2')).toBe('<p>line 1<br>line 2</p>')
    expect(inlineHtml('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4')
  })

  it('keeps links to http, https and mailto only', () => {
    expect(inlineHtml('[site](https://example.com/a?b=1&c=2)')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">site</a>',
    )
    expect(inlineHtml('[mail](mailto:a@b.c)')).toContain('href="mailto:a@b.c"')
    expect(inlineHtml('[x](javascript:alert(1))')).not.toContain('href')
    expect(inlineHtml('[x](data:text/html,hi)')).toBe('x')
    expect(inlineHtml('[x](https://a.b/"onmouseover="alert(1))')).not.toContain('"onmouseover')
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull()
    expect(safeHref('ftp://x')).toBeNull()
  })
})
