/**
 * A tiny Markdown renderer for long-text cells: **bold**, *italic*, `code`, [links](https://…),
 * headings, bullet and numbered lists, paragraphs. Every piece of input is HTML-escaped first,
 * so the output only ever contains the tags made here; links keep http, https and mailto only.
 */

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The href a link may carry, or null: only http(s) and mailto, never javascript: or data:. */
export function safeHref(raw: string): string | null {
  const s = raw.trim()
  if (/^mailto:[^\s]+$/i.test(s)) return s
  if (/^https?:\/\/[^\s]+$/i.test(s)) return s
  return null
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

/** One line of text with inline marks; the input is raw text. */
export function inlineHtml(text: string): string {
  const codes: string[] = []
  let s = escapeHtml(text).replace(/`([^`]+)`/g, (_, c: string) => {
    codes.push(c)
    return `\u0000${codes.length - 1}\u0000`
  })
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m: string, label: string, url: string) => {
    const href = safeHref(unescape(url))
    if (!href) return label
    return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${label}</a>`
  })
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>')
  s = s.replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>').replace(/(^|[^_\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>')
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `<code>${codes[Number(i)]}</code>`)
}

/** A whole text as block HTML (paragraphs, headings, lists). */
export function markdownToHtml(src: string | null | undefined): string {
  if (!src) return ''
  const out: string[] = []
  let list: 'ul' | 'ol' | null = null
  let para: string[] = []
  const flushPara = () => {
    if (para.length) out.push('<p>' + para.map(inlineHtml).join('<br>') + '</p>')
    para = []
  }
  const closeList = () => {
    if (list) out.push(`</${list}>`)
    list = null
  }
  for (const line of src.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line)
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line)
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    if (bullet || numbered) {
      flushPara()
      const kind = bullet ? 'ul' : 'ol'
      if (list !== kind) {
        closeList()
        out.push(`<${kind}>`)
        list = kind
      }
      out.push('<li>' + inlineHtml((bullet ?? numbered)![1]) + '</li>')
    } else if (heading) {
      flushPara()
      closeList()
      const level = heading[1].length + 3
      out.push(`<h${level}>${inlineHtml(heading[2])}</h${level}>`)
    } else if (!line.trim()) {
      flushPara()
      closeList()
    } else {
      closeList()
      para.push(line)
    }
  }
  flushPara()
  closeList()
  return out.join('')
}
