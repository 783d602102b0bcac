/** Attachments and link pickers: upload a file to the base, look up another table's rows. */
import { ApiError, clientId, http } from './client'
import type { Row, Table } from './types'

export interface StoredFile {
  id: string
  name: string
  size: number
  mime: string
  url?: string
}

/** The base the page is showing (/base/{id}/…); uploads belong to it. */
export function currentBaseId(): number | null {
  const m = /\/base\/(\d+)/.exec(window.location.pathname)
  return m ? Number(m[1]) : null
}

export async function uploadFile(file: File, baseId: number | null = currentBaseId()): Promise<StoredFile> {
  if (baseId === null) throw new ApiError(0, 'no_base', 'Open a base to upload files.')
  const form = new FormData()
  form.append('file', file, file.name)
  let res: Response
  try {
    res = await fetch(`/api/bases/${baseId}/files`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'tablo', 'X-Tablo-Client': clientId(), Accept: 'application/json' },
    })
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'network error')
  }
  const data = await res.json().catch(() => null)
  if (!res.ok) {
    const err = data?.error
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `HTTP ${res.status}`, err?.fields ?? {})
  }
  return data as StoredFile
}

const tableCache = new Map<number, Promise<Table>>()

/** A table with its columns (cached for the page: the link picker asks often). */
export function tableInfo(tableId: number): Promise<Table> {
  let p = tableCache.get(tableId)
  if (!p) {
    p = http.get<{ table?: Table } & Table>(`/tables/${tableId}`).then((r) => (r.table ?? r) as Table)
    p.catch(() => tableCache.delete(tableId))
    tableCache.set(tableId, p)
  }
  return p
}

/** Up to `limit` rows of a table containing `search` (all rows from the top when empty). */
export async function searchRows(tableId: number, search: string, limit = 30): Promise<Row[]> {
  const q = search.trim()
  const res = await http.get<{ rows: Row[] }>(`/tables/${tableId}/rows`, {
    query: { offset: 0, limit, search: q || undefined },
  })
  return res.rows
}
