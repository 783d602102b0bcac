/**
 * Snapshots and point-in-time restore of a base (server/api/snapshots.py; owners only).
 */
import { clientId, http } from './client'

export interface Snapshot {
  id: string
  taken_at: string
  size: number
  kind: 'auto' | 'manual'
  taken_by: number | null
  version: number
  base_name: string
}

export interface SnapshotSettings {
  every_hours: number
  keep: number
  keep_days: number
}

export interface MissingFile {
  name: string
  size: number | null
  rows: string[]
}

/** What a restore into a new base answers (as a backup restore does). */
export interface Restored {
  base_id: number
  missing_files: MissingFile[]
  switched_off: { automations: number; webhooks: number }
}

const root = (baseId: number) => `/bases/${baseId}/snapshots`

export const snapshots = {
  list: (baseId: number) => http.get<{ snapshots: Snapshot[]; settings: SnapshotSettings }>(root(baseId)),
  take: (baseId: number) => http.post<Snapshot>(root(baseId)),
  restore: (baseId: number, id: string, name?: string) =>
    http.post<Restored>(`${root(baseId)}/${encodeURIComponent(id)}/restore`, name ? { name } : {}),
  remove: (baseId: number, id: string) => http.del<{ ok: boolean }>(`${root(baseId)}/${encodeURIComponent(id)}`),
  /** The base as it was at `at` (an ISO time): a new base, or the base itself (one undoable step). */
  pointInTime: (baseId: number, at: string, mode: 'new_base' | 'in_place') =>
    mode === 'new_base'
      ? http.post<Restored>(`/bases/${baseId}/point-in-time`, { at, mode })
      : http.post<{ version: number; undone: number }>(`/bases/${baseId}/point-in-time`, { at, mode, client_id: clientId() }),
}
