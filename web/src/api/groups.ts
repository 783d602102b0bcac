/**
 * Groups (the admin's), a group's role on a base (its owners), single sign-on and the admin
 * screen's mail and SSO state. Server: server/api/groups.py, server/api/sso.py, server/api/admin.py.
 */
import { http } from './client'
import type { Role } from './types'

export interface GroupMember {
  id: number
  email: string
  name: string
}

export interface Group {
  id: number
  name: string
  members: GroupMember[]
  bases: { id: number; name: string; role: Role }[]
}

export interface BaseGroup {
  id: number
  name: string
  role: Role
  members: number
}

export interface ServerEnvironment {
  mail: { configured: boolean; host: string | null; from: string | null }
  sso: { enabled: boolean; issuer: string | null; label: string | null }
}

export const groups = {
  list: () => http.get<{ groups: Group[] }>('/admin/groups').then((r) => r.groups),
  create: (name: string) => http.post<{ group: Group }>('/admin/groups', { name }).then((r) => r.group),
  rename: (id: number, name: string) => http.patch<{ group: Group }>(`/admin/groups/${id}`, { name }).then((r) => r.group),
  remove: (id: number) => http.del(`/admin/groups/${id}`),
  addMember: (id: number, userId: number) =>
    http.post<{ group: Group }>(`/admin/groups/${id}/members`, { user_id: userId }).then((r) => r.group),
  removeMember: (id: number, userId: number) =>
    http.del<{ group: Group }>(`/admin/groups/${id}/members/${userId}`).then((r) => r.group),

  names: () => http.get<{ groups: { id: number; name: string }[] }>('/groups').then((r) => r.groups),
  ofBase: (baseId: number) => http.get<{ groups: BaseGroup[] }>(`/bases/${baseId}/groups`).then((r) => r.groups),
  addToBase: (baseId: number, groupId: number, role: string) =>
    http.post<{ groups: BaseGroup[] }>(`/bases/${baseId}/groups`, { group_id: groupId, role }).then((r) => r.groups),
  setBaseRole: (baseId: number, groupId: number, role: string) =>
    http.patch<{ groups: BaseGroup[] }>(`/bases/${baseId}/groups/${groupId}`, { role }).then((r) => r.groups),
  removeFromBase: (baseId: number, groupId: number) =>
    http.del<{ groups: BaseGroup[] }>(`/bases/${baseId}/groups/${groupId}`).then((r) => r.groups),
}

export const serverInfo = {
  environment: () => http.get<ServerEnvironment>('/admin/settings'),
  testMail: () => http.post<{ sent_to: string }>('/admin/test-mail'),
  sso: () => http.get<{ enabled: boolean; label: string }>('/auth/sso', { quiet401: true }),
}
