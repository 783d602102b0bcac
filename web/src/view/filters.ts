/**
 * The filter tree the filter editor edits, and its translation to and from the server's
 * view settings (`{"conjunction": "and", "filters": [condition | group, ...]}`, docs/views.md).
 *
 * Every node carries a local `key` (stable across edits, for Vue lists and for pinning the
 * server's validation errors to the right field). Conditions that are not finished yet (no
 * column, or an operator that needs a value and has none) stay in the editor but are not
 * sent, so a half-typed rule never makes the whole save fail.
 */

export type Conjunction = 'and' | 'or'

export interface FilterCondition {
  kind: 'condition'
  key: number
  column_id: number | null
  operator: string
  value: unknown
}

export interface FilterGroup {
  kind: 'group'
  key: number
  conjunction: Conjunction
  children: FilterNode[]
}

export type FilterNode = FilterCondition | FilterGroup

/** The server's shapes. */
export interface ServerCondition {
  column_id: number
  operator: string
  value?: unknown
}
export interface ServerGroup {
  conjunction: Conjunction
  filters: (ServerCondition | ServerGroup)[]
}

/** The server nests groups at most 4 deep (the root is level 1). */
export const MAX_DEPTH = 4
export const MAX_CONDITIONS = 200

let seq = 0
export const nextKey = (): number => ++seq

export function emptyGroup(conjunction: Conjunction = 'and'): FilterGroup {
  return { kind: 'group', key: nextKey(), conjunction, children: [] }
}

export function newCondition(column_id: number | null = null, operator = '', value: unknown = null): FilterCondition {
  return { kind: 'condition', key: nextKey(), column_id, operator, value }
}

function isServerGroup(x: unknown): x is ServerGroup {
  return !!x && typeof x === 'object' && Array.isArray((x as ServerGroup).filters)
}

/** The server's tree (or a bare list, which is an AND group; or nothing) as an editable tree. */
export function fromServer(raw: unknown): FilterGroup {
  if (Array.isArray(raw)) return fromServer({ conjunction: 'and', filters: raw })
  if (!isServerGroup(raw)) return emptyGroup()
  const g = emptyGroup(raw.conjunction === 'or' ? 'or' : 'and')
  for (const f of raw.filters) {
    if (isServerGroup(f)) g.children.push(fromServer(f))
    else if (f && typeof f === 'object') {
      const c = f as ServerCondition
      g.children.push(newCondition(typeof c.column_id === 'number' ? c.column_id : null, String(c.operator ?? ''), c.value ?? null))
    }
  }
  return g
}

/** A starting value for a value kind (a date term, an empty list, checked). */
export function defaultValue(kind: string | undefined): unknown {
  if (kind === 'boolean') return true
  if (kind === 'date') return 'today'
  if (kind === 'options' || kind === 'users') return []
  return null
}

/** Operators whose value kind is `none` need no value (empty, not empty). */
export function needsValue(valueKind: string | undefined): boolean {
  return !!valueKind && valueKind !== 'none'
}

function hasValue(v: unknown): boolean {
  if (v === null || v === undefined) return false
  if (typeof v === 'string') return v.trim() !== ''
  if (Array.isArray(v)) return v.length > 0
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (o.term === 'exact') return typeof o.date === 'string' && o.date !== ''
    if ('days' in o) return typeof o.days === 'number' && Number.isFinite(o.days)
  }
  return true
}

/** A condition the server can take: a column, an operator, and a value when the operator needs one. */
export function isComplete(c: FilterCondition, valueKindOf: (c: FilterCondition) => string | undefined): boolean {
  if (c.column_id === null || !c.operator) return false
  const kind = valueKindOf(c)
  if (kind === undefined) return false
  return !needsValue(kind) || hasValue(c.value)
}

export interface Serialised {
  settings: ServerGroup | null
  /** The server path of each sent node (`filters.filters[0].filters[1]`) → the node's key. */
  paths: Map<string, number>
}

/**
 * The tree in the server's shape, without unfinished conditions and empty groups. `null`
 * when nothing is left (the view has no filter).
 */
export function toServer(root: FilterGroup, valueKindOf: (c: FilterCondition) => string | undefined): Serialised {
  const paths = new Map<string, number>()
  const walk = (g: FilterGroup, path: string): ServerGroup | null => {
    const out: ServerGroup = { conjunction: g.conjunction, filters: [] }
    for (const n of g.children) {
      const here = `${path}.filters[${out.filters.length}]`
      if (n.kind === 'group') {
        const sub = walk(n, here)
        if (sub) {
          paths.set(here, n.key)
          out.filters.push(sub)
        }
      } else if (isComplete(n, valueKindOf)) {
        const c: ServerCondition = { column_id: n.column_id as number, operator: n.operator }
        if (needsValue(valueKindOf(n))) c.value = n.value
        paths.set(here, n.key)
        out.filters.push(c)
      }
    }
    return out.filters.length ? out : null
  }
  const settings = walk(root, 'filters')
  if (settings) paths.set('filters', root.key)
  return { settings, paths }
}

/** Where a node is: its parent group and index, or null for the root / a key not in the tree. */
export function locate(root: FilterGroup, key: number): { parent: FilterGroup; index: number; depth: number } | null {
  const walk = (g: FilterGroup, depth: number): { parent: FilterGroup; index: number; depth: number } | null => {
    for (let i = 0; i < g.children.length; i++) {
      const n = g.children[i]
      if (n.key === key) return { parent: g, index: i, depth }
      if (n.kind === 'group') {
        const r = walk(n, depth + 1)
        if (r) return r
      }
    }
    return null
  }
  return walk(root, 1)
}

export function findGroup(root: FilterGroup, key: number): FilterGroup | null {
  if (root.key === key) return root
  const at = locate(root, key)
  if (!at) return null
  const n = at.parent.children[at.index]
  return n.kind === 'group' ? n : null
}

/** How deep a group is (root = 1); 0 when not in the tree. */
export function depthOf(root: FilterGroup, key: number): number {
  if (root.key === key) return 1
  const at = locate(root, key)
  return at ? at.depth + 1 : 0
}

export function countConditions(g: FilterGroup): number {
  return g.children.reduce((n, c) => n + (c.kind === 'group' ? countConditions(c) : 1), 0)
}

/** Adds a condition to the group `groupKey`; returns it (null when the group is unknown or full). */
export function addCondition(root: FilterGroup, groupKey: number, cond: FilterCondition = newCondition()): FilterCondition | null {
  const g = findGroup(root, groupKey)
  if (!g || countConditions(root) >= MAX_CONDITIONS) return null
  g.children.push(cond)
  return cond
}

/** Adds a sub-group (with one empty condition) to `groupKey`, unless that would be too deep. */
export function addGroup(root: FilterGroup, groupKey: number): FilterGroup | null {
  const g = findGroup(root, groupKey)
  if (!g || depthOf(root, groupKey) >= MAX_DEPTH) return null
  const sub = emptyGroup(g.conjunction === 'and' ? 'or' : 'and')
  sub.children.push(newCondition())
  g.children.push(sub)
  return sub
}

/** Removes a condition or group; a group left empty (other than the root) goes too. */
export function removeNode(root: FilterGroup, key: number): boolean {
  const at = locate(root, key)
  if (!at) return false
  at.parent.children.splice(at.index, 1)
  if (!at.parent.children.length && at.parent !== root) removeNode(root, at.parent.key)
  return true
}

export function canNest(root: FilterGroup, groupKey: number): boolean {
  return depthOf(root, groupKey) > 0 && depthOf(root, groupKey) < MAX_DEPTH
}

/** Errors from a 422 (`fields` keyed by paths such as `settings.filters.filters[1].value`) per node key. */
export function errorsByKey(fields: Record<string, string[]>, paths: Map<string, number>): Map<number, string> {
  const out = new Map<number, string>()
  for (const [rawPath, msgs] of Object.entries(fields)) {
    let path = rawPath.replace(/^settings\./, '').replace(/^rules\[\d+\]\./, '')
    // The deepest node the path names: strip `.value`, `.operator`, `.column_id` and so on.
    while (path && !paths.has(path)) {
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))
      if (cut <= 0) {
        path = ''
        break
      }
      path = path.slice(0, cut)
    }
    const key = paths.get(path)
    if (key !== undefined && !out.has(key)) out.set(key, msgs.join(' '))
  }
  return out
}
