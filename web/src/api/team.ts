/**
 * Sharing: members and invitations, table and column permissions, read-only share links
 * (and their public pages), public forms. Shapes follow server/api/{members,sharing,forms}.py.
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

export interface ShareLink {
  id: number
  view_id: number
  has_password: boolean
  expires_at: string | null
  created_at: string | null
}

export interface FormField {
  column_id?: number
  column?: number | string
  required: boolean
  description: string
  label?: string | null
}

export interface Form {
  id: number
  table_id: number
  name: string
  active: boolean
  title?: string | null
  description?: string
  success_message?: string
  fields: FormField[]
  token: string
  url: string
}

export interface FormBody {
  name: string
  title: string | null
  description: string
  success_message: string
  active?: boolean
  fields: { column: number; required: boolean; description: string; label: string | null }[]
}

export interface PublicForm {
  title: string
  description: string
  fields: { key: string; label: string; type: string; required: boolean; description: string; options: string[] | null }[]
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
  view: { name: string }
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

  links: (viewId: number) => http.get<{ links: ShareLink[] }>(`/views/${viewId}/share-links`),
  createLink: (viewId: number, password: string | null, expiresDays: number | null) =>
    http.post<{ link: ShareLink; token: string; url: string }>(`/views/${viewId}/share-links`, { password, expires_days: expiresDays }),
  revokeLink: (id: number) => http.del(`/share-links/${id}`),

  forms: (tableId: number) => http.get<{ forms: Form[] }>(`/tables/${tableId}/forms`),
  createForm: (tableId: number, body: FormBody) => http.post<{ form: Form }>(`/tables/${tableId}/forms`, body),
  patchForm: (id: number, body: Partial<FormBody>) => http.patch<{ form: Form }>(`/forms/${id}`, body),
  deleteForm: (id: number) => http.del(`/forms/${id}`),

  publicForm: (token: string) => http.get<PublicForm>(`/forms/public/${encodeURIComponent(token)}`, { quiet401: true }),
  submitForm: (token: string, values: Record<string, unknown>) =>
    http.post<{ ok: boolean; message: string }>(`/forms/public/${encodeURIComponent(token)}/submit`, { values }, { quiet401: true }),

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
async function sharedGet<T>(path: string, key: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (key) headers['X-Share-Key'] = key
  let res: Response
  try {
    res = await fetch('/api' + path, { headers, credentials: 'omit' })
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
