/**
 * Sharing: members and invitations, table and column permissions, read-only share links
 * (and their public pages), the public side of form views. Shapes follow
 * server/api/{members,sharing,forms}.py and server/views/form.py.
 */
import { ApiError, http } from './client'
import type { Member, Role, User } from './types'

export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const

export interface Invitation {
  id: number
  email: string
  role: Role
  created_at?: string
  expires_at: string | null
}

export interface Rule {
  mode: 'editors' | 'named'
  user_ids: number[]
}

export interface TablePermissions {
  table_id: number
  rows: { add: Rule; edit: Rule; delete: Rule }
  /** Keyed by the column's key (its id as the API spells it). */
  columns: Record<string, Rule>
}

/** A table's access rule for a role or a member (server/permissions/rules.py, docs/access.md). */
export interface AccessRule {
  role: 'editor' | 'commenter' | 'viewer' | null
  user_id: number | null
  read_filter: unknown
  edit_filter: unknown
  hide_table: boolean
  read_only: boolean
  hidden_columns: number[]
}

/** The member an owner previews the base as («see as», header X-Tablo-See-As), kept for the tab. */
export const SEE_AS_KEY = 'tablo.seeAs'

export interface ShareLink {
  id: number
  view_id: number
  has_password: boolean
  expires_at: string | null
  created_at: string | null
}

/** A question of a form view (server/views/form.py `FormField`). */
export interface FormFieldSetting {
  column_id: number
  required: boolean
  label: string | null
  help: string
  condition: { column_id: number; op: 'filled' | 'equals'; value: unknown } | null
}

/** A form view's own settings (server/views/form.py `FormSettings`, over the grid's). */
export interface FormSettings {
  title: string
  description: string
  fields: FormFieldSetting[]
  prefill: boolean
  after_submit: 'message' | 'redirect'
  success_message: string
  redirect_url: string | null
  cover_file: string | null
  logo_file: string | null
}

/** A form as its public page shows it (GET /api/shared/{token}/form). */
export interface PublicForm {
  title: string
  description: string
  fields: {
    key: string
    label: string
    type: string
    required: boolean
    help: string
    options: string[] | null
    condition: { key: string; op: 'filled' | 'equals'; value: unknown } | null
  }[]
  prefill: boolean
  after_submit: 'message' | 'redirect'
  cover_url: string | null
  logo_url: string | null
}

export interface FormSent {
  ok: boolean
  message: string
  redirect_url: string | null
  row_id: string
}

export interface SharedColumn {
  key: string
  name: string
  type: string
  options: Record<string, any>
}

export interface SharedInfo {
  password_required: boolean
  base?: { name: string }
  table?: { name: string }
  view: { name: string; type?: string }
  expires_at?: string | null
  columns?: SharedColumn[]
}

export interface InvitationInfo {
  base: { id: number; name: string }
  email: string
  role: Role
  invited_by: { name: string; email: string } | null
  expires_at: string | null
  has_account: boolean
}

export const team = {
  members: (baseId: number) => http.get<{ members: Member[]; invitations?: Invitation[] }>(`/bases/${baseId}/members`),
  setRole: (baseId: number, userId: number, role: string) => http.patch(`/bases/${baseId}/members/${userId}`, { role }),
  remove: (baseId: number, userId: number) => http.del(`/bases/${baseId}/members/${userId}`),
  transfer: (baseId: number, userId: number) => http.post<{ members: Member[] }>(`/bases/${baseId}/transfer-ownership`, { user_id: userId }),
  invite: (baseId: number, email: string, role: string) =>
    http.post<{ invitation: Invitation; token: string; link: string; emailed: boolean }>(`/bases/${baseId}/invitations`, { email, role }),
  revokeInvitation: (baseId: number, id: number) => http.del(`/bases/${baseId}/invitations/${id}`),

  invitation: (token: string) => http.get<InvitationInfo>(`/invitations/${encodeURIComponent(token)}`, { quiet401: true }),
  accept: (token: string) => http.post<{ base_id: number; role: Role }>(`/invitations/${encodeURIComponent(token)}/accept`),
  signupInvited: (token: string, email: string, password: string, name: string) =>
    http.post<{ user: User; base_id: number; role: Role }>(`/invitations/${encodeURIComponent(token)}/signup`, { email, password, name }, { quiet401: true }),

  permissions: (tableId: number) => http.get<TablePermissions>(`/tables/${tableId}/permissions`),
  savePermissions: (tableId: number, body: { rows?: Partial<TablePermissions['rows']>; columns?: Record<string, Rule> }) =>
    http.patch<TablePermissions>(`/tables/${tableId}/permissions`, body),

  access: (tableId: number) => http.get<{ table_id: number; rules: AccessRule[] }>(`/tables/${tableId}/access`),
  saveAccess: (tableId: number, rules: AccessRule[]) =>
    http.put<{ table_id: number; rules: AccessRule[] }>(`/tables/${tableId}/access`, { rules }),

  links: (viewId: number) => http.get<{ links: ShareLink[] }>(`/views/${viewId}/share-links`),
  createLink: (viewId: number, password: string | null, expiresDays: number | null) =>
    http.post<{ link: ShareLink; token: string; url: string }>(`/views/${viewId}/share-links`, { password, expires_days: expiresDays }),
  revokeLink: (id: number) => http.del(`/share-links/${id}`),

  publicForm: (token: string, key: string | null) => sharedCall<PublicForm>('GET', `/shared/${encodeURIComponent(token)}/form`, key),
  submitForm: (token: string, key: string | null, values: Record<string, unknown>) =>
    sharedCall<FormSent>('POST', `/shared/${encodeURIComponent(token)}/form/submit`, key, { values }),
  uploadFormFile: (token: string, key: string | null, file: File) => {
    const body = new FormData()
    body.append('file', file)
    return sharedCall<{ id: string; name: string; size: number; mime: string }>(
      'POST', `/shared/${encodeURIComponent(token)}/form/files`, key, body)
  },

  unlock: (token: string, password: string) =>
    http.post<{ key: string | null }>(`/shared/${encodeURIComponent(token)}/unlock`, { password }, { quiet401: true }),
  shared: (token: string, key: string | null) => sharedGet<SharedInfo>(`/shared/${encodeURIComponent(token)}`, key),
  sharedRows: (token: string, key: string | null, offset: number, limit: number) =>
    sharedGet<{ rows: Record<string, unknown>[]; total: number }>(
      `/shared/${encodeURIComponent(token)}/rows?offset=${offset}&limit=${limit}`,
      key,
    ),
}

/** A GET on the public share-link API, carrying the access key a password unlocked. */
function sharedGet<T>(path: string, key: string | null): Promise<T> {
  return sharedCall<T>('GET', path, key)
}

/**
 * A call to the public share-link API without the session (the page is for people without an
 * account): a JSON body or a multipart upload, with the header every call of the app carries.
 */
async function sharedCall<T>(method: string, path: string, key: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'tablo' }
  if (key) headers['X-Share-Key'] = key
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let res: Response
  try {
    res = await fetch('/api' + path, { method, headers, body: payload, credentials: 'omit' })
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'network error')
  }
  const data = await res.json().catch(() => null)
  if (!res.ok) {
    const err = data?.error
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `HTTP ${res.status}`, err?.fields ?? {})
  }
  return data as T
}
