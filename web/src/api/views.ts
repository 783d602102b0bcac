/** The views API (docs/views.md): create, change, delete/restore, duplicate, reorder, operators. */
import type { OperatorCatalog, ViewSettings } from '../view/settings'
import { http } from './client'
import type { View } from './types'

type ViewAnswer = { view: View; version: number }

let catalog: Promise<OperatorCatalog> | null = null

export const views = {
  list: (tableId: number) => http.get<{ views: View[] }>(`/tables/${tableId}/views`).then((r) => r.views),
  get: (id: number) => http.get<{ view: View; broken: { path: string; column_id: number; reason: string }[] }>(`/views/${id}`),
  create: (tableId: number, name: string, settings: ViewSettings = {}, isPrivate = false, type = 'grid') =>
    http.post<ViewAnswer>(`/tables/${tableId}/views`, { name, type, settings, private: isPrivate }).then((r) => r.view),
  patch: (id: number, patch: { name?: string; settings?: ViewSettings; private?: boolean }) =>
    http.patch<ViewAnswer>(`/views/${id}`, patch).then((r) => r.view),
  remove: (id: number) => http.del<{ deleted: number; version: number }>(`/views/${id}`),
  restore: (id: number) => http.post<ViewAnswer>(`/views/${id}/restore`).then((r) => r.view),
  duplicate: (id: number, name?: string) => http.post<ViewAnswer>(`/views/${id}/duplicate`, { name }).then((r) => r.view),
  order: (tableId: number, viewIds: number[]) => http.post<{ version: number }>(`/tables/${tableId}/views/order`, { view_ids: viewIds }),
  /** Operators per column type; asked once per page load. */
  operators: (): Promise<OperatorCatalog> => {
    if (!catalog) {
      catalog = http.get<OperatorCatalog>('/filter-operators')
      catalog.catch(() => (catalog = null))
    }
    return catalog
  },
}
