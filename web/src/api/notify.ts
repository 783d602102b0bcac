/** API wrappers for comments, notifications, automations and webhooks (docs/team.md). */
import { ref } from 'vue'
import { http } from './client'

export interface CommentAuthor {
  id: number
  name: string
  email: string
}

export interface RowComment {
  id: number
  table_id: number
  row_id: string
  comment: string
  author: CommentAuthor | null
  mentions: number[]
  resolved: boolean
  resolved_by: number | null
  resolved_at: string | null
  created_at: string
  updated_at: string | null
}

export interface CommentCount {
  count: number
  unresolved: number
}

export interface Notification {
  id: number
  kind: 'mention' | 'assigned' | 'automation' | string
  base_id: number | null
  actor_id: number | null
  actor_name?: string
  base_name?: string
  table_id?: number
  table_name?: string
  row_id?: string | null
  row_name?: string | null
  row_ids?: string[] | null
  row_count?: number
  column_name?: string
  comment_id?: number
  title?: string
  message?: string
  created_at: string
  read: boolean
}

export interface NotificationSettings {
  muted_kinds: string[]
  muted_bases: number[]
  email: boolean
}

export interface Trigger {
  type: 'row_added' | 'row_updated' | 'matches' | 'schedule'
  columns?: (number | string)[]
  view_id?: number | null
  filters?: unknown
  every?: 'day' | 'week' | 'month'
  hour?: number
  minute?: number
  weekday?: number
  day?: number
  timezone?: string
  per_row?: boolean
  only_new?: boolean
}

export interface RuleAction {
  type: 'notify' | 'set_cells' | 'add_row' | 'send_email' | 'send_document' | 'webhook'
  /** send_document: a document template of the table; `save` keeps the PDF in the row too. */
  document_id?: number
  save?: boolean
  users?: (number | string)[]
  user_column?: number | string | null
  message?: string
  values?: Record<string, unknown>
  table_id?: number
  link_column?: number | string | null
  to?: string
  subject?: string
  body?: string
  // A webhook's URL and secret are null for anyone but an owner, with `redacted: true`.
  url?: string | null
  secret?: string | null
  redacted?: boolean
}

export interface Automation {
  id: number
  base_id: number
  table_id: number
  name: string
  active: boolean
  trigger: Trigger
  actions: RuleAction[]
  next_run_at: string | null
  created_by: number | null
  created_at: string
}

export interface AutomationRun {
  id: number
  trigger: string
  row_ids: string[] | null
  status: string
  results: { action: number; type: string; ok: boolean; error?: string }[] | null
  error: string | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

export interface Webhook {
  id: number
  base_id: number
  url: string
  has_secret: boolean
  events: string[]
  active: boolean
  disabled_reason: string | null
  failures: number
  created_at: string
}

export interface Delivery {
  id: number
  event: string
  status: string
  attempts: number
  last_status: number | null
  last_error: string | null
  created_at: string
  next_attempt_at: string | null
  finished_at: string | null
  body: unknown
}

export const comments = {
  list: (tableId: number, rowId: string) =>
    http.get<{ comments: RowComment[] }>(`/tables/${tableId}/rows/${encodeURIComponent(rowId)}/comments`).then((r) => r.comments),
  add: (tableId: number, rowId: string, comment: string, mentions: number[]) =>
    http
      .post<{ comment: RowComment }>(`/tables/${tableId}/rows/${encodeURIComponent(rowId)}/comments`, { comment, mentions })
      .then((r) => r.comment),
  update: (id: number, patch: { comment?: string; resolved?: boolean }) =>
    http.patch<{ comment: RowComment }>(`/comments/${id}`, patch).then((r) => r.comment),
  remove: (id: number) => http.del<{ ok: boolean }>(`/comments/${id}`),
  counts: (tableId: number, rowIds: string[]) =>
    http
      .get<{ counts: Record<string, CommentCount> }>(`/tables/${tableId}/comment-counts`, { query: { row_ids: rowIds.join(',') } })
      .then((r) => r.counts),
}

export const notifications = {
  list: (opts: { unread?: boolean; limit?: number } = {}) =>
    http.get<{ notifications: Notification[]; unread: number }>('/notifications', { query: opts }),
  read: (ids: number[] | 'all') =>
    http.post<{ unread: number }>('/notifications/read', ids === 'all' ? { all: true } : { ids }).then((r) => r.unread),
  remove: (id: number) => http.del<{ unread?: number }>(`/notifications/${id}`),
  settings: () => http.get<{ settings: NotificationSettings; kinds: string[] }>('/notifications/settings'),
  saveSettings: (s: Partial<NotificationSettings>) =>
    http.patch<{ settings: NotificationSettings; kinds: string[] }>('/notifications/settings', s),
}

export const automations = {
  list: (tableId: number) => http.get<{ automations: Automation[] }>(`/tables/${tableId}/automations`).then((r) => r.automations),
  create: (tableId: number, rule: { name: string; active: boolean; trigger: Trigger; actions: RuleAction[] }) =>
    http.post<{ automation: Automation }>(`/tables/${tableId}/automations`, rule).then((r) => r.automation),
  update: (id: number, patch: Partial<Pick<Automation, 'name' | 'active' | 'trigger' | 'actions'>>) =>
    http.patch<{ automation: Automation }>(`/automations/${id}`, patch).then((r) => r.automation),
  remove: (id: number) => http.del<{ ok: boolean }>(`/automations/${id}`),
  runs: (id: number) => http.get<{ runs: AutomationRun[] }>(`/automations/${id}/runs`).then((r) => r.runs),
  run: (id: number) => http.post<{ run_id: number; row_ids: string[] }>(`/automations/${id}/run`, {}),
}

export const webhooks = {
  list: (baseId: number) => http.get<{ webhooks: Webhook[]; events: string[] }>(`/bases/${baseId}/webhooks`),
  create: (baseId: number, hook: { url: string; secret: string | null; events: string[] }) =>
    http.post<{ webhook: Webhook }>(`/bases/${baseId}/webhooks`, hook).then((r) => r.webhook),
  update: (baseId: number, id: number, patch: { active?: boolean; url?: string; events?: string[] }) =>
    http.patch<{ webhook: Webhook }>(`/bases/${baseId}/webhooks/${id}`, patch).then((r) => r.webhook),
  remove: (baseId: number, id: number) => http.del<{ ok: boolean }>(`/bases/${baseId}/webhooks/${id}`),
  deliveries: (baseId: number, id: number) =>
    http.get<{ deliveries: Delivery[] }>(`/bases/${baseId}/webhooks/${id}/deliveries`).then((r) => r.deliveries),
  ping: (baseId: number, id: number) => http.post<{ delivery_id: number }>(`/bases/${baseId}/webhooks/${id}/ping`, {}),
}

/** Live team frames (notification, comment) re-broadcast from the base socket as a window event. */
export const LIVE_EVENT = 'tablo:team'

export function onTeamFrame(fn: (f: Record<string, any>) => void): () => void {
  const h = (e: Event) => fn((e as CustomEvent).detail)
  window.addEventListener(LIVE_EVENT, h)
  return () => window.removeEventListener(LIVE_EVENT, h)
}

/** The notification settings dialog (opened from the account menu, shown by the bell). */
export const notificationSettingsOpen = ref(false)

/** "5 min ago" style time for lists. */
export function ago(iso: string, locale: string): string {
  const s = (Date.now() - new Date(iso).getTime()) / 1000
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (s < 45) return rtf.format(0, 'second')
  if (s < 3600) return rtf.format(-Math.round(s / 60), 'minute')
  if (s < 86400) return rtf.format(-Math.round(s / 3600), 'hour')
  if (s < 86400 * 7) return rtf.format(-Math.round(s / 86400), 'day')
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso))
}
