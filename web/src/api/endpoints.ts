/** Typed calls to the server's endpoints. */
import { http } from './client'
import type { Base, BaseSummary, Column, ConversionReport, HistoryEntry, Row, Table, User } from './types'

export const auth = {
  me: () => http.get<{ user: User }>('/me', { quiet401: true }).then((r) => r.user),
  // With two-factor authentication on, the password step answers two_factor_required and no user.
  login: (email: string, password: string) =>
    http.post<{ user?: User; two_factor_required?: boolean }>('/auth/login', { email, password }, { quiet401: true }),
  loginSecondStep: (answer: { code: string } | { recovery_code: string }) =>
    http.post<{ user: User }>('/auth/login/2fa', answer, { quiet401: true }),
  signup: (email: string, password: string, name: string) =>
    http.post<{ user: User }>('/auth/signup', { email, password, name }, { quiet401: true }),
  logout: () => http.post<unknown>('/auth/logout'),
  requestReset: (email: string) => http.post<{ ok: boolean }>('/auth/password-reset', { email }),
  resetInfo: (token: string) =>
    http.get<{ email: string; expires_at: string }>(`/auth/password-reset/${encodeURIComponent(token)}`, { quiet401: true }),
  resetPassword: (token: string, password: string) =>
    http.post<{ user: User }>(`/auth/password-reset/${encodeURIComponent(token)}`, { password }, { quiet401: true }),
  patchMe: (patch: Partial<Pick<User, 'name' | 'locale' | 'timezone'>>) =>
    http.patch<{ user: User }>('/me', patch).then((r) => r.user),
}

export const twoFactor = {
  status: () => http.get<{ enabled: boolean; recovery_codes_left: number }>('/me/2fa'),
  setup: () => http.post<{ secret: string; otpauth_uri: string; qr_svg: string }>('/me/2fa/setup'),
  enable: (code: string) => http.post<{ enabled: boolean; recovery_codes: string[] }>('/me/2fa/enable', { code }),
  disable: (password: string, code: string) => http.post<{ enabled: boolean }>('/me/2fa/disable', { password, code }),
}

export interface AdminUser {
  id: number
  email: string
  name: string
  is_admin: boolean
  disabled: boolean
  two_factor: boolean
  created_at: string
}

export interface ServerSettings {
  signup_open: boolean
  require_2fa: boolean
}

export const admin = {
  users: (q: string, offset = 0) =>
    http.get<{ users: AdminUser[]; total: number }>('/admin/users', { query: { q, offset: String(offset) } }),
  invite: (email: string, name: string, isAdmin: boolean) =>
    http.post<{ user: AdminUser; invite_link: string; mailed: boolean }>('/admin/users', { email, name, is_admin: isAdmin }),
  patchUser: (id: number, patch: { disabled?: boolean; is_admin?: boolean }) =>
    http.patch<{ user: AdminUser }>(`/admin/users/${id}`, patch).then((r) => r.user),
  resetTwoFactor: (id: number) => http.post<{ user: AdminUser }>(`/admin/users/${id}/reset-2fa`).then((r) => r.user),
  settings: () => http.get<{ settings: ServerSettings }>('/admin/settings').then((r) => r.settings),
  patchSettings: (patch: Partial<ServerSettings>) =>
    http.patch<{ settings: ServerSettings }>('/admin/settings', patch).then((r) => r.settings),
}

/** A template from the server's registry (GET /api/templates), in its order: texts in the asked
 *  language, and the name and description in every language. */
export interface TemplateSummary {
  id: string
  name: string
  description: string
  tables: string[]
  names: Record<string, string>
  descriptions: Record<string, string>
}

export const bases = {
  list: () => http.get<{ bases: BaseSummary[] }>('/bases').then((r) => r.bases),
  // language: the interface's, so the first table and column are named in it (not the account's)
  create: (name: string, language: string) => http.post<Base>('/bases', { name, language }),
  fromTemplate: (template: string, language: string) =>
    http.post<Base>('/bases', { template, sample_data: true, language }),
  templates: (language: string) =>
    http.get<{ templates: TemplateSummary[] }>('/templates', { query: { language } }).then((r) => r.templates),
  get: (id: number) => http.get<Base>(`/bases/${id}`),
  rename: (id: number, name: string) => http.patch<unknown>(`/bases/${id}`, { name }),
  remove: (id: number) => http.del<unknown>(`/bases/${id}`),
  restore: (id: number) => http.post<unknown>(`/bases/${id}/restore`),
  undo: (id: number) => http.post<{ version?: number }>(`/bases/${id}/undo`),
  redo: (id: number) => http.post<{ version?: number }>(`/bases/${id}/redo`),
}

export const tables = {
  create: (baseId: number, name: string, primary?: string) =>
    http.post<{ version: number; table: Table }>(`/bases/${baseId}/tables`,
      primary ? { name, columns: [{ name: primary, type: 'text' }] } : { name }),
  patch: (id: number, patch: { name?: string; position?: number; record_date_column_id?: number | null }) =>
    http.patch<{ version: number; table: Table }>(`/tables/${id}`, patch),
  remove: (id: number) => http.del<{ version: number }>(`/tables/${id}`),
  duplicate: (id: number, name: string | undefined, withRows: boolean) =>
    http.post<{ version: number; table: Table }>(`/tables/${id}/duplicate`, { name, with_rows: withRows }),
}

export interface ColumnInput {
  name: string
  type: string
  options?: Record<string, unknown> | null
  description?: string
}

export const columns = {
  create: (tableId: number, col: ColumnInput) =>
    http.post<{ version: number; column: Column }>(`/tables/${tableId}/columns`, col),
  patch: (id: number, patch: Partial<ColumnInput>) =>
    http.patch<{ version: number; column: Column; conversion?: ConversionReport }>(`/columns/${id}`, patch),
  remove: (id: number) => http.del<{ version: number }>(`/columns/${id}`),
}

export const rows = {
  list: (tableId: number, offset: number, limit: number, signal?: AbortSignal) =>
    http.get<{ rows: Row[]; offset: number; limit: number }>(`/tables/${tableId}/rows`, {
      query: { offset, limit },
      signal,
    }),
  count: (tableId: number, signal?: AbortSignal) =>
    http.get<{ count: number }>(`/tables/${tableId}/count`, { signal }).then((r) => r.count),
  get: (tableId: number, rowId: string) => http.get<Row>(`/tables/${tableId}/rows/${encodeURIComponent(rowId)}`),
  insert: (
    tableId: number,
    values: Record<string, unknown>[],
    where: { after?: string; before?: string } = {},
    createOptions = false,
  ) =>
    http.post<{ rows: Row[]; version: number }>(`/tables/${tableId}/rows`, {
      rows: values,
      ...where,
      create_options: createOptions,
    }),
  update: (tableId: number, changes: Row[], createOptions = false) =>
    http.patch<{ rows: Row[]; version: number }>(`/tables/${tableId}/rows`, {
      rows: changes,
      create_options: createOptions,
    }),
  remove: (tableId: number, rowIds: string[]) =>
    http.del<{ deleted: number; version: number }>(`/tables/${tableId}/rows`, { row_ids: rowIds }),
  history: (tableId: number, rowId: string) =>
    http
      .get<{ history: HistoryEntry[] }>(`/tables/${tableId}/rows/${encodeURIComponent(rowId)}/history`)
      .then((r) => r.history),
}

/** Any action of the server's vocabulary; a `batch` of several is one undo step. */
export const actions = {
  apply: (baseId: number, action: Record<string, unknown>) =>
    http.post<{ version: number; action_id: number; [k: string]: unknown }>(`/bases/${baseId}/actions`, { action }),
}
