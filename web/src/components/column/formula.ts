/** Pure helpers of the formula editor: the function list, the word being typed, suggestions. */

export interface FormulaFunction {
  name: string
  /** How it is called, e.g. round(x, [digits]). */
  signature: string
  group: 'logic' | 'numbers' | 'text' | 'dates'
}

const F = (group: FormulaFunction['group'], signature: string): FormulaFunction => ({
  name: signature.slice(0, signature.indexOf('(')),
  signature,
  group,
})

/** Every function the server knows (server/formulas/compiler.py FUNCTIONS; docs/formulas.md). */
export const FUNCTIONS: FormulaFunction[] = [
  F('logic', 'if(cond, then, [else])'),
  F('logic', 'ifs(c1, v1, c2, v2, ...)'),
  F('logic', 'switch(x, v1, r1, ..., [default])'),
  F('logic', 'and(...)'),
  F('logic', 'or(...)'),
  F('logic', 'not(x)'),
  F('logic', 'isblank(x)'),
  F('logic', 'iferror(x, fallback)'),
  F('logic', 'true()'),
  F('logic', 'false()'),
  F('numbers', 'round(x, [digits])'),
  F('numbers', 'roundup(x, [digits])'),
  F('numbers', 'rounddown(x, [digits])'),
  F('numbers', 'abs(x)'),
  F('numbers', 'int(x)'),
  F('numbers', 'mod(a, b)'),
  F('numbers', 'power(a, b)'),
  F('numbers', 'sqrt(x)'),
  F('numbers', 'max(...)'),
  F('numbers', 'min(...)'),
  F('numbers', 'sum(...)'),
  F('numbers', 'average(...)'),
  F('text', 'concatenate(...)'),
  F('text', 'left(t, [n])'),
  F('text', 'right(t, [n])'),
  F('text', 'mid(t, start, n)'),
  F('text', 'len(t)'),
  F('text', 'lower(t)'),
  F('text', 'upper(t)'),
  F('text', 'trim(t)'),
  F('text', 'substitute(t, old, new)'),
  F('text', 'find(needle, t, [start])'),
  F('text', 'search(needle, t, [start])'),
  F('text', 'text(value, format)'),
  F('dates', 'today()'),
  F('dates', 'now()'),
  F('dates', 'date(y, m, d)'),
  F('dates', 'year(d)'),
  F('dates', 'month(d)'),
  F('dates', 'day(d)'),
  F('dates', 'hour(d)'),
  F('dates', 'minute(d)'),
  F('dates', 'weekday(d, [start])'),
  F('dates', 'weeknum(d)'),
  F('dates', 'dateAdd(d, n, [unit])'),
  F('dates', 'dateDif(start, end, [unit])'),
  F('dates', 'networkdays(start, end)'),
  F('dates', 'eomonth(d, n)'),
  F('dates', 'edate(d, n)'),
]

export interface Token {
  /** 'column': inside {…}; 'word': a bare word (a function or the start of a column name). */
  kind: 'column' | 'word'
  /** Offsets of the text the chosen suggestion replaces. */
  start: number
  end: number
  query: string
}

/** Is the offset inside a quoted text literal? (The formula language quotes with ' or ", doubled to escape.) */
function inString(text: string, pos: number): boolean {
  let quote: string | null = null
  for (let i = 0; i < pos; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) {
        if (text[i + 1] === quote && i + 1 < pos) i++
        else quote = null
      }
    } else if (ch === "'" || ch === '"') quote = ch
    else if (ch === '{') {
      const close = text.indexOf('}', i)
      if (close < 0 || close >= pos) return false
      i = close
    }
  }
  return quote !== null
}

/** The token the caret is in, for autocomplete; null when there is nothing to suggest. */
export function tokenAt(text: string, caret: number): Token | null {
  if (caret < 0 || caret > text.length || inString(text, caret)) return null
  // Inside an open brace: {Cust|  or {Cust|omer}
  const open = text.lastIndexOf('{', caret - 1)
  if (open >= 0) {
    const closeBefore = text.lastIndexOf('}', caret - 1)
    if (closeBefore < open) {
      const closeAfter = text.indexOf('}', caret)
      const nextOpen = text.indexOf('{', caret)
      const end = closeAfter >= 0 && (nextOpen < 0 || closeAfter < nextOpen) ? closeAfter + 1 : caret
      return { kind: 'column', start: open, end, query: text.slice(open + 1, caret) }
    }
  }
  let start = caret
  while (start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1])) start--
  if (start === caret) return null
  // A number (1, 2.5, 1e3) is not a word.
  if (/^[0-9]/.test(text.slice(start, caret))) return null
  let end = caret
  while (end < text.length && /[\p{L}\p{N}_]/u.test(text[end])) end++
  return { kind: 'word', start, end, query: text.slice(start, caret) }
}

export interface Suggestion {
  kind: 'column' | 'function'
  label: string
  /** What is put in place of the token. */
  insert: string
  /** Where the caret goes, counted from the start of the insert. */
  caret: number
  detail: string
}

function rank(name: string, q: string): number {
  const n = name.toLocaleLowerCase()
  if (!q) return 1
  if (n.startsWith(q)) return 0
  if (n.includes(q)) return 1
  return -1
}

/** Suggestions for a token: columns (as {Name}) and, for bare words, functions (as name()). */
export function suggest(token: Token, columns: { name: string; type: string }[], limit = 8): Suggestion[] {
  const q = token.query.trim().toLocaleLowerCase()
  const out: { s: Suggestion; r: number }[] = []
  for (const c of columns) {
    const r = rank(c.name, q)
    if (r < 0) continue
    const insert = `{${c.name}}`
    out.push({ s: { kind: 'column', label: c.name, insert, caret: insert.length, detail: c.type }, r })
  }
  if (token.kind === 'word') {
    for (const f of FUNCTIONS) {
      const r = rank(f.name, q)
      if (r < 0) continue
      const insert = `${f.name}()`
      out.push({ s: { kind: 'function', label: f.name, insert, caret: f.name.length + 1, detail: f.signature }, r })
    }
  }
  out.sort((a, b) => a.r - b.r)
  return out.slice(0, limit).map((x) => x.s)
}

/** The text with a suggestion applied: the new text and the caret after it. */
export function applySuggestion(text: string, token: Token, s: Suggestion): { text: string; caret: number } {
  return { text: text.slice(0, token.start) + s.insert + text.slice(token.end), caret: token.start + s.caret }
}

/** The formula parser's common messages (English, from the server) as a translation key and its
 * values; null for the rest, which are shown as they come. */
export function formulaErrorKey(message: string): { key: string; values: Record<string, string> } | null {
  const rules: [RegExp, string, string[]][] = [
    [/^unknown function (.+)\(\)$/, 'unknownFunction', ['name']],
    [/^no column named \{(.+)\} in this table$/, 'unknownColumn', ['name']],
    [/^unknown name '(.+)': put column names in braces/, 'bareName', ['name']],
    [/^the formula ends too early$/, 'endsEarly', []],
    [/^unexpected character '(.+)'$/, 'unexpectedChar', ['char']],
    [/^unexpected '(.+)'$/, 'unexpected', ['token']],
    [/^the formula is empty$/, 'empty', []],
    [/^the formula cannot be read$/, 'unreadable', []],
    [/^(\w+)\(\) takes (\d+) to (\d+) arguments, got (\d+)$/, 'argRange', ['name', 'lo', 'hi', 'got']],
    [/^(\w+)\(\) takes at least (\d+) arguments?, got (\d+)$/, 'argMin', ['name', 'lo', 'got']],
    [/^(\w+)\(\) takes (\d+) arguments?, got (\d+)$/, 'argCount', ['name', 'n', 'got']],
    [/^circular reference: (.+)$/, 'circular', ['chain']],
  ]
  for (const [re, key, names] of rules) {
    const m = re.exec(message.trim())
    if (m) return { key, values: Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) }
  }
  return null
}
