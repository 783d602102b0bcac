/**
 * Import and export calls (server/api/io.py): upload a file for a preview, re-read it with
 * other options, start the import with a mapping, poll its progress, cancel; download exports
 * and backups; restore a backup into a new base.
 */
import { ApiError, clientId, http } from './client'

export interface PreviewColumn {
  source: number
  name: string
  type: string
  options: Record<string, unknown>
  day_first: boolean | null
  samples: unknown[]
  non_empty?: number
}

export interface PreviewSheet {
  name: string
  rows_total: number
  columns: PreviewColumn[]
  rows: unknown[][]
}

export interface ImportPreview {
  import_id: string
  file: string
  format: string
  suggested_format: string | null
  encoding: string | null
  delimiter: string | null
  warnings: string[]
  sheets: PreviewSheet[]
}

export interface PreviewOptions {
  format?: string | null
  encoding?: string | null
  delimiter?: string | null
  sheets?: string[] | null
  day_first?: boolean | null
}

export interface ColumnMapping {
  source: number
  name?: string
  type?: string
  skip?: boolean
  day_first?: boolean | null
  target?: number | string | null
}

export interface ImportMapping {
  mode: 'new_table' | 'new_base' | 'append' | 'update'
  name?: string
  base_name?: string
  table_id?: number
  key_columns?: (number | string)[]
  columns?: ColumnMapping[]
  /** Link cells naming no row of the linked table: fail (default), leave those names out, or add those rows. */
  unmatched_links?: 'fail' | 'skip' | 'create'
  tables?: {
    sheet: string
    name?: string
    table_id?: number
    key_columns?: (number | string)[]
    columns?: ColumnMapping[]
    /** Append/update: a value every imported row gets in a column the file does not have. */
    constants?: { target: number | string; value: string }[]
  }[]
}

export interface ImportTableResult {
  table_id: number
  name: string
  sheet: string
  mode: string
  created: number
  updated: number
  unchanged: number
  links_left_out?: string[]
  links_left_out_count?: number
  /** unmatched_links=create: rows added to each linked table, by its name. */
  linked_rows_created?: Record<string, number>
}

export interface ImportStatus {
  id: string
  status: 'ready' | 'starting' | 'running' | 'done' | 'failed' | 'cancelled'
  file: string
  format: string | null
  rows_done: number
  rows_total: number
  phase: string
  error: { code: string; message: string; fields?: Record<string, string[]> } | null
  result: { base_id: number; version: number; tables: ImportTableResult[] } | null
  base_id?: number
}

/** A format an import can read, from the server's registry (GET /api/import-formats). */
export interface ImportFormat {
  id: string
  labels: Record<string, string>
  extensions: string[]
  base_language: boolean
  needs_customers: boolean
}

/** POST a multipart form (fetch sets the boundary); errors become ApiError as for JSON calls. */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  let res: Response
  try {
    res = await fetch('/api' + path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'tablo', 'X-Tablo-Client': clientId() },
    })
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message || 'network error')
  }
  const text = await res.text()
  let data: any = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!res.ok) {
    const err = data?.error
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? (res.statusText || `HTTP ${res.status}`), err?.fields ?? {})
  }
  return data as T
}

/** Imports into a base, or (baseId null, from Home) into a new base. */
function root(baseId: number | null): string {
  return baseId === null ? '/imports' : `/bases/${baseId}/imports`
}

/** What a restore could not bring back as it was (decision 0015). */
export interface RestoreReport {
  base_id: number
  /** Attachments whose contents were not in the file: their cells are left without them. */
  missing_files: { name: string; size: number | null; rows: string[] }[]
  /** Automations and webhooks come back switched off (the original may still be running). */
  switched_off: { automations: number; webhooks: number }
}

export const io = {
  /** Every format the server reads, in the order the format choice offers them. */
  formats: () => http.get<{ formats: ImportFormat[] }>('/import-formats').then((r) => r.formats),
  upload(baseId: number | null, file: File, opts: PreviewOptions = {}): Promise<ImportPreview> {
    const form = new FormData()
    form.append('file', file, file.name)
    for (const [k, v] of Object.entries(opts)) {
      if (v === null || v === undefined || v === '') continue
      form.append(k, Array.isArray(v) ? v.join(',') : String(v))
    }
    return postForm<ImportPreview>(root(baseId), form)
  },
  preview: (baseId: number | null, id: string, opts: PreviewOptions) =>
    http.post<ImportPreview>(`${root(baseId)}/${encodeURIComponent(id)}/preview`, opts),
  start: (baseId: number | null, id: string, mapping: ImportMapping) =>
    http.post<ImportStatus>(`${root(baseId)}/${encodeURIComponent(id)}`, mapping),
  status: (baseId: number | null, id: string) => http.get<ImportStatus>(`${root(baseId)}/${encodeURIComponent(id)}`),
  cancel: (baseId: number | null, id: string) => http.del<ImportStatus>(`${root(baseId)}/${encodeURIComponent(id)}`),
  restoreBackup(file: File, name?: string): Promise<RestoreReport> {
    const form = new FormData()
    form.append('file', file, file.name)
    if (name) form.append('name', name)
    return postForm<RestoreReport>('/bases/import', form)
  },
  /** The table as it is, or as its unsaved "All rows" settings show it (view/draft.ts). */
  tableExportUrl: (tableId: number, format: ExportFormat, settings: object | null = null, orientation: PdfOrientation = 'auto') =>
    `/api/tables/${tableId}/export?format=${format}` + (format === 'pdf' ? `&orientation=${orientation}` : '') +
    (settings ? `&settings=${encodeURIComponent(JSON.stringify(settings))}` : ''),
  viewExportUrl: (viewId: number, format: ExportFormat, orientation: PdfOrientation = 'auto') =>
    `/api/views/${viewId}/export?format=${format}` + (format === 'pdf' ? `&orientation=${orientation}` : ''),
  /** One row printed as a page (server/api/io.py row_pdf), with its comments. */
  rowPdfUrl: (tableId: number, rowId: string, comments = true) =>
    `/api/tables/${tableId}/rows/${encodeURIComponent(rowId)}/pdf` + (comments ? '?comments=1' : ''),
  backupUrl: (baseId: number) => `/api/bases/${baseId}/export`,
}

/**
 * Download a file from the server: fetched first (so an error shows as a message instead of a
 * broken page), then handed to the browser under the server's file name.
 */
export type ExportFormat = 'xlsx' | 'csv' | 'pdf'
/** A4 page of a printed view: auto turns it landscape when the columns are too wide. */
export type PdfOrientation = 'auto' | 'portrait' | 'landscape'

export async function download(url: string, fallbackName: string): Promise<string> {
  let res: Response
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { 'X-Tablo-Client': clientId() } })
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
    throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? res.statusText, data?.error?.fields ?? {})
  }
  const name = fileNameOf(res.headers.get('Content-Disposition')) || fallbackName
  const blob = await res.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10000)
  return name
}

export function fileNameOf(disposition: string | null): string {
  if (!disposition) return ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[1])
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition)
  return plain ? plain[1] : ''
}
