/**
 * The one way the app talks HTTP to the server: JSON in and out, the session cookie, the
 * CSRF header on every write, this tab's client id (so undo/redo is per tab), and errors as
 * ApiError objects carrying the server's code, message and per-field messages.
 */

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: Record<string, string[]>

  constructor(status: number, code: string, message: string, fields: Record<string, string[]> = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fields = fields
  }
}

const CLIENT_KEY = 'tablo.clientId'

function randomId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return 'c_' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

let clientIdValue: string | null = null

/** A random id made once per browser profile and kept in localStorage; every write carries it. */
export function clientId(): string {
  if (clientIdValue) return clientIdValue
  try {
    clientIdValue = localStorage.getItem(CLIENT_KEY)
    if (!clientIdValue) {
      clientIdValue = randomId()
      localStorage.setItem(CLIENT_KEY, clientIdValue)
    }
  } catch {
    clientIdValue = randomId()
  }
  return clientIdValue
}

type Listener = (err: ApiError) => void
const unauthorizedListeners: Listener[] = []

/** Called when any request answers 401, so the app can send the user to the login screen. */
export function onUnauthorized(fn: Listener): void {
  unauthorizedListeners.push(fn)
}

let inFlightWrites = 0

/** Writes sent and not yet answered (live frames of our own client meanwhile are our own echo). */
export function writesInFlight(): number {
  return inFlightWrites
}

const versionListeners: ((v: number) => void)[] = []

/** Called with the base version a write produced, so the live connection knows it has it. */
export function onVersion(fn: (v: number) => void): () => void {
  versionListeners.push(fn)
  return () => {
    const i = versionListeners.indexOf(fn)
    if (i >= 0) versionListeners.splice(i, 1)
  }
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>
  signal?: AbortSignal
  /** Do not trigger the global 401 handler (the login screen itself asks /api/me). */
  quiet401?: boolean
}

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  let url = '/api' + path
  if (opts.query) {
    const qs = new URLSearchParams()
    for (const [k, v] of Object.entries(opts.query)) if (v !== undefined && v !== null) qs.set(k, String(v))
    const s = qs.toString()
    if (s) url += '?' + s
  }
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Tablo-Client': clientId() }
  // An owner previewing the base as a member (the Access dialog's «see as»; docs/access.md).
  const seeAs = sessionStorage.getItem('tablo.seeAs')
  if (seeAs) headers['X-Tablo-See-As'] = seeAs
  if (method !== 'GET') {
    headers['X-Requested-With'] = 'tablo'
    headers['Content-Type'] = 'application/json'
  }
  let res: Response
  let text: string
  if (method !== 'GET') inFlightWrites += 1
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? (method === 'GET' ? undefined : '{}') : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    })
    text = await res.text()
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new ApiError(0, 'network', (e as Error).message || 'network error')
  } finally {
    if (method !== 'GET') setTimeout(() => (inFlightWrites -= 1), 0)
  }
  let data: unknown = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = null
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; fields?: Record<string, string[]> } } | null)?.error
    const apiErr = new ApiError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? (res.statusText || `HTTP ${res.status}`),
      err?.fields ?? {},
    )
    if (res.status === 401 && !opts.quiet401) unauthorizedListeners.forEach((fn) => fn(apiErr))
    throw apiErr
  }
  if (method !== 'GET' && data && typeof (data as { version?: unknown }).version === 'number') {
    const v = (data as { version: number }).version
    versionListeners.forEach((fn) => fn(v))
  }
  return data as T
}

export const http = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body ?? {}, opts),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, body ?? {}, opts),
  del: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('DELETE', path, body, opts),
}
