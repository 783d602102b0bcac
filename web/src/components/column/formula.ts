/** Pure helpers of the formula editor: the function list, the word being typed, suggestions. */

export type FunctionGroup = 'operands' | 'logic' | 'numbers' | 'statistics' | 'text' | 'dates'

export interface FormulaFunction {
  name: string
  /** How it is called, e.g. round(x, [digits]). */
  signature: string
  group: FunctionGroup
  /** A formula using it and what it gives (formula text is the same in every language). */
  example: string
  result: string
}

const F = (group: FunctionGroup, signature: string, example: string, result: string): FormulaFunction => ({
  name: signature.slice(0, signature.indexOf('(')),
  signature,
  group,
  example,
  result,
})

/** Every function the server knows (server/formulas/compiler.py FUNCTIONS; docs/formulas.md), with
 * SeaTable's names and arguments. What each does is in locales/<locale>/formulas.json (fnHelp.<name>). */
export const FUNCTIONS: FormulaFunction[] = [
  F('operands', 'e()', 'round(e + 1, 4)', '3.7183'),
  F('operands', 'pi()', 'round(pi * 2, 4)', '6.2832'),
  F('operands', 'add(a, b)', 'add(1, 2)', '3'),
  F('operands', 'subtract(a, b)', 'subtract(5, 4)', '1'),
  F('operands', 'multiply(a, b)', 'multiply(3, 4)', '12'),
  F('operands', 'divide(a, b)', 'divide(3, 2)', '1.5'),
  F('operands', 'greater(a, b)', 'greater(2, 3)', 'false'),
  F('operands', 'lessthan(a, b)', 'lessthan(2, 3)', 'true'),
  F('operands', 'greatereq(a, b)', 'greatereq(2, 2)', 'true'),
  F('operands', 'lessthaneq(a, b)', 'lessthaneq(2, 2)', 'true'),
  F('operands', 'equal(a, b)', "equal('a', 'a')", 'true'),
  F('operands', 'unequal(a, b)', "unequal('a', 'b')", 'true'),
  F('logic', 'if(cond, then, [else])', 'if(1 > 2, 3, 4)', '4'),
  F('logic', 'ifs(c1, v1, c2, v2, ...)', "ifs(40 > 90, '90+', 40 > 30, '31–90', true, '0–30')", '31–90'),
  F('logic', 'switch(x, v1, r1, ..., [default])', "switch('sent', 'new', 1, 'sent', 2, 0)", '2'),
  F('logic', 'and(...)', "and(1, '', 2)", 'false'),
  F('logic', 'or(...)', "or(1, '', 0)", 'true'),
  F('logic', 'xor(...)', 'xor(1, 0, 2 < 1)', 'true'),
  F('logic', 'not(x)', 'not(1 > 2)', 'true'),
  F('logic', 'isblank(x)', "isblank('')", 'true'),
  F('logic', 'iferror(x, fallback)', 'iferror(1 / 0, 0)', '0'),
  F('logic', 'true()', 'true()', 'true'),
  F('logic', 'false()', 'false()', 'false'),
  F('numbers', 'round(x, [digits])', 'round(3.14159, 2)', '3.14'),
  F('numbers', 'roundup(x, [digits])', 'roundup(-3.15)', '-4'),
  F('numbers', 'rounddown(x, [digits])', 'rounddown(3.12, 1)', '3.1'),
  F('numbers', 'ceiling(x, [significance])', 'ceiling(2.14)', '3'),
  F('numbers', 'floor(x, [significance])', 'floor(-3.14, 5)', '-5'),
  F('numbers', 'even(x)', 'even(2.14)', '4'),
  F('numbers', 'odd(x)', 'odd(-2.14)', '-1'),
  F('numbers', 'int(x)', 'int(-3.14)', '-4'),
  F('numbers', 'abs(x)', 'abs(-2)', '2'),
  F('numbers', 'sign(x)', 'sign(-2)', '-1'),
  F('numbers', 'mod(a, b)', 'mod(15, 7)', '1'),
  F('numbers', 'power(a, b)', 'power(3, 2)', '9'),
  F('numbers', 'sqrt(x)', 'sqrt(81)', '9'),
  F('numbers', 'exp(x)', 'round(exp(1), 4)', '2.7183'),
  F('numbers', 'lg(x)', 'lg(100)', '2'),
  F('numbers', 'log(x, [base])', 'log(81, 3)', '4'),
  F('numbers', 'value(t)', "value('123')", '123'),
  F('statistics', 'sum(...)', 'sum(1, 2, 3)', '6'),
  F('statistics', 'average(...)', 'average(1, 2, 3, 4, 5)', '3'),
  F('statistics', 'max(...)', 'max(1, 5, 3)', '5'),
  F('statistics', 'min(...)', 'min(4, 2, 8)', '2'),
  F('statistics', 'counta(...)', "counta(1, '', 2, '3')", '3'),
  F('statistics', 'countall(...)', "countall(1, '', 2, '3')", '4'),
  F('statistics', 'countblank(...)', "countblank(1, '', 2, '3')", '1'),
  F('statistics', 'countItems(column)', 'countItems({Tags})', '2'),
  F('text', 'concatenate(...)', "concatenate('Анна', ' ', 'Иванова')", 'Анна Иванова'),
  F('text', 'left(t, [n])', "left('SeaTable', 3)", 'Sea'),
  F('text', 'right(t, [n])', "right('SeaTable', 5)", 'Table'),
  F('text', 'mid(t, start, n)', "mid('SeaTable is the best', 1, 8)", 'SeaTable'),
  F('text', 'len(t)', "len('Привет')", '6'),
  F('text', 'lower(t)', "lower('ПРИВЕТ')", 'привет'),
  F('text', 'upper(t)', "upper('привет')", 'ПРИВЕТ'),
  F('text', 'trim(t)', "trim('  text  ')", 'text'),
  F('text', 'exact(a, b)', "exact('SeaTable', 'Seatable')", 'false'),
  F('text', 'substitute(t, old, new, [index])', "substitute('SeaTableTable', 'Table', 'file', 1)", 'SeafileTable'),
  F('text', 'replace(t, start, n, new)', "replace('SeaTable is the best.', 1, 8, 'Seafile')", 'Seafile is the best.'),
  F('text', 'rept(t, n)', "rept('Sea', 3)", 'SeaSeaSea'),
  F('text', 'find(needle, t, [start])', "find('table', 'big table', 4)", '5'),
  F('text', 'search(needle, t, [start])', "search('Sea', 'seaTable')", '1'),
  F('text', 'T(value)', "T('123')", '123'),
  F('text', 'text(value, format)', "text(1234.5, '#,##0.00')", '1,234.50'),
  F('dates', 'today()', 'today()', '2026-12-07'),
  F('dates', 'now()', 'now()', '2026-12-07 13:14'),
  F('dates', 'date(y, m, d)', 'date(2025, 1, 3)', '2025-01-03'),
  F('dates', 'year(d)', "year('2025-01-01')", '2025'),
  F('dates', 'quarter(d)', "quarter('2025-05-01')", '2'),
  F('dates', 'month(d)', "month('2025-02-14')", '2'),
  F('dates', 'day(d)', "day('2025-01-03')", '3'),
  F('dates', 'hour(d)', "hour('2025-02-14 13:14:52')", '13'),
  F('dates', 'minute(d)', "minute('2025-02-14 13:14:52')", '14'),
  F('dates', 'second(d)', "second('2025-02-14 13:14:52')", '52'),
  F('dates', 'weekday(d, [start])', "weekday('2025-01-01', 'Monday')", '3'),
  F('dates', 'weeknum(d, [type])', "weeknum('2025-01-12', 11)", '2'),
  F('dates', 'isoweeknum(d)', "isoweeknum('2021-01-03')", '53'),
  F('dates', 'startofweek(d, [start])', "startofweek('2025-04-28')", '2025-04-27'),
  F('dates', 'isodate(d)', "isodate('2025-01-01 11:00')", '2025-01-01'),
  F('dates', 'isomonth(d)', "isomonth('2025-01-01 11:00')", '2025-01'),
  F('dates', 'dateAdd(d, n, [unit])', "dateAdd('2024-02-03', 2, 'days')", '2024-02-05'),
  F('dates', 'dateDif(start, end, [unit])', "dateDif('2024-10-11', '2025-12-12', 'M')", '14'),
  F('dates', 'hours(start, end)', "hours('2025-02-14 13:14', '2025-02-14 15:14')", '2'),
  F('dates', 'months(start, end)', "months('2025-02-01', '2025-03-31')", '1'),
  F('dates', 'networkdays(start, end, [holiday, ...])', "networkdays('2025-01-01', '2025-01-07', '2025-01-01')", '4'),
  F('dates', 'eomonth(d, n)', "eomonth('2025-01-01', 1)", '2025-02-28'),
  F('dates', 'edate(d, n)', "edate('2024-01-31', 1)", '2024-02-29'),
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
    [/^unknown function (.+?)\(\); did you mean (\w+)\(\)\?$/, 'unknownFunctionHint', ['name', 'hint']],
    [/^unknown function (.+)\(\)$/, 'unknownFunction', ['name']],
    [/^countItems\(\) counts the items of/, 'countItems', []],
    [/^weeknum\(\): the return type/, 'weeknumType', []],
    [/^(\w+)\(\): the week starts on 'Monday' or 'Sunday'$/, 'weekStart', ['name']],
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
