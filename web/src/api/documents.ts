/**
 * Document templates of a table (server/api/documents.py, docs/documents.md): list and manage
 * them, make a document's PDF for a row (downloaded), and render an unsaved template for the
 * editor's live preview.
 */
import { ApiError, clientId, http, request } from './client'
import { fileNameOf } from './io'

export interface DocParam {
  key: string
  type: 'number' | 'date' | 'text'
  label: string
  default?: unknown
}

export interface DocumentTemplate {
  id: number
  table_id: number
  name: string
  body: string
  options: { params?: DocParam[]; file_column_id?: number | null; page_size?: string; orientation?: string; language?: string | null }
  position: number
}

/** A failed template: the line (when known) and the reason, as the server gives them. */
export interface TemplateProblem {
  line: number | null
  reason: string
}

export function templateProblem(e: unknown): TemplateProblem | null {
  if (e instanceof ApiError && e.code === 'template_error') {
    const extra = e as ApiError & { line?: number | null; reason?: string }
    return { line: extra.line ?? null, reason: extra.reason ?? e.message }
  }
  return null
}

async function postBlob(path: string, body: unknown): Promise<{ blob: Blob; name: string }> {
  let res: Response
  try {
    res = await fetch('/api' + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'tablo', 'X-Tablo-Client': clientId() },
      body: JSON.stringify(body),
    })
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'network error')
  }
  if (!res.ok) {
    let data: any = null
    try {
      data = await res.json()
    } catch {
      data = null
    }
    const err = new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? res.statusText,
      data?.error?.fields ?? {}) as ApiError & { line?: number | null; reason?: string }
    err.line = data?.error?.line ?? null
    err.reason = data?.error?.reason
    throw err
  }
  return { blob: await res.blob(), name: fileNameOf(res.headers.get('Content-Disposition')) }
}

/** Hand a blob to the browser as a download under `name`. */
function save(blob: Blob, name: string) {
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10000)
}

export const documents = {
  list: (tableId: number) =>
    http.get<{ documents: DocumentTemplate[] }>(`/tables/${tableId}/documents`).then((r) => r.documents),
  create: (tableId: number, name: string, body: string) =>
    http.post<{ document: DocumentTemplate }>(`/tables/${tableId}/documents`, { name, body }).then((r) => r.document),
  update: (id: number, changes: Partial<Pick<DocumentTemplate, 'name' | 'body' | 'options'>>) =>
    http.patch<{ document: DocumentTemplate }>(`/documents/${id}`, changes).then((r) => r.document),
  remove: (id: number) => http.del<{ version: number }>(`/documents/${id}`),
  /** The row's document as a PDF, downloaded; the file name the server gave. */
  async download(doc: DocumentTemplate, rowId: string, params: Record<string, unknown> = {}): Promise<string> {
    const { blob, name } = await postBlob(`/documents/${doc.id}/render`, { row_id: rowId, params })
    const fileName = name || `${doc.name}.pdf`
    save(blob, fileName)
    return fileName
  },
  /** The document for every row of a view: one merged PDF, or a zip of one PDF per row. */
  async downloadView(doc: DocumentTemplate, viewId: number, format: 'pdf' | 'zip'): Promise<string> {
    const { blob, name } = await postBlob(`/documents/${doc.id}/render`, { view_id: viewId, format })
    const fileName = name || `${doc.name}.${format}`
    save(blob, fileName)
    return fileName
  },
  /** An unsaved template rendered for one row as HTML (shown in a sandboxed frame). */
  async preview(tableId: number, body: string, rowId: string, params: Record<string, unknown> = {}): Promise<string> {
    const { blob } = await postBlob(`/tables/${tableId}/documents/preview`, { body, row_id: rowId, params })
    return (JSON.parse(await blob.text()) as { html: string }).html
  },
}

/** The company details fields, in the order the dialog shows them (server COMPANY_FIELDS). */
export const COMPANY_FIELDS = ['name', 'inn', 'kpp', 'ogrn', 'address', 'bank', 'bik', 'account', 'corr_account',
  'phone', 'email', 'signatory', 'signatory_title'] as const

export const company = {
  get: (baseId: number) => http.get<{ details: Record<string, string> }>(`/bases/${baseId}/company`).then((r) => r.details),
  set: (baseId: number, details: Record<string, string> | null) =>
    request<{ details: Record<string, string> }>('PUT', `/bases/${baseId}/company`, { details }).then((r) => r.details),
}
