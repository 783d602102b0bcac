/**
 * Which registered view type shows a view: its own, or the grid when the view has none
 * (an older server) or a type this web app does not know (a server plugin without a web
 * module), so a view always opens.
 */
export const DEFAULT_VIEW_TYPE = 'grid'

export function pickViewType<T>(registry: Readonly<Record<string, T>>, type: string | null | undefined): T {
  const known = type ? registry[type] : undefined
  const fallback = registry[DEFAULT_VIEW_TYPE]
  if (known) return known
  if (!fallback) throw new Error(`the view-type registry has no '${DEFAULT_VIEW_TYPE}'`)
  return fallback
}
