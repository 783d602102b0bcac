/**
 * The live connection to a base (/api/bases/{id}/live): actions committed by anyone arrive
 * as `op` frames in version order; others' presence (who is here, which cell) arrives as
 * `presence` frames. On a drop it reconnects with the last version it saw, and the server
 * replays what was missed (or says to reload when that is too much).
 */
import { clientId } from './api/client'

export interface LiveUser {
  id: number
  name: string
}

export interface PresenceInfo {
  conn: string | number
  user: LiveUser
  client?: string | null
  table_id?: number | null
  view_id?: number | null
  cell?: { row_id: string; column_id: number } | null
  left?: boolean
}

export interface LiveAction {
  type: string
  table_id?: number
  rows?: Record<string, unknown>[]
  row_ids?: string[]
  actions?: LiveAction[]
  table_missing?: boolean
  [k: string]: unknown
}

export interface OpFrame {
  v: number
  kind: string
  by: LiveUser | null
  client: string | null
  schema_changed: boolean
  action: LiveAction
}

export interface LiveHandlers {
  onOp(op: OpFrame): void
  /** The client is too far behind (or the server asked): refetch the base and every row. */
  onReload(): void
  onPresence(p: PresenceInfo): void
  onWelcome(me: LiveUser, others: PresenceInfo[]): void
  onStatus(status: 'connecting' | 'open' | 'offline'): void
  onRole?(role: string): void
  onRevoked?(reason: string): void
}

export class LiveConnection {
  private ws: WebSocket | null = null
  private version: number
  private stopped = false
  private retry = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private pingTimer: ReturnType<typeof setInterval> | null = null
  private presence: Omit<PresenceInfo, 'conn' | 'user'> | null = null
  private heartbeat = 20

  constructor(
    private readonly baseId: number,
    version: number,
    private readonly handlers: LiveHandlers,
  ) {
    this.version = version
    this.connect()
  }

  get lastVersion(): number {
    return this.version
  }

  /** Our own HTTP writes return the version they made; nothing before it needs replaying. */
  noteVersion(v: number | undefined): void {
    if (typeof v === 'number' && v > this.version) this.version = v
  }

  private url(): string {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:'
    return `${proto}//${location.host}/api/bases/${this.baseId}/live`
  }

  private connect(): void {
    if (this.stopped) return
    this.handlers.onStatus('connecting')
    let ws: WebSocket
    try {
      ws = new WebSocket(this.url())
    } catch {
      this.scheduleReconnect()
      return
    }
    this.ws = ws
    ws.onopen = () => {
      ws.send(JSON.stringify({ t: 'hello', version: this.version, client: clientId() }))
    }
    ws.onmessage = (e) => this.onFrame(e.data)
    ws.onclose = (e) => {
      if (this.ws !== ws) return
      this.ws = null
      this.clearPing()
      if (this.stopped) return
      this.handlers.onStatus('offline')
      // 4003: no longer a member; 4400: protocol misuse; neither gets better by retrying.
      if (e.code === 4003) {
        this.stopped = true
        this.handlers.onRevoked?.(e.reason)
        return
      }
      this.scheduleReconnect()
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return
    const delay = Math.min(15000, 500 * 2 ** this.retry) * (0.75 + Math.random() / 2)
    this.retry += 1
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.connect()
    }, delay)
  }

  private clearPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer)
    this.pingTimer = null
  }

  private send(frame: Record<string, unknown>): void {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame))
  }

  private onFrame(data: unknown): void {
    if (typeof data !== 'string') return
    let f: Record<string, any>
    try {
      f = JSON.parse(data)
    } catch {
      return
    }
    switch (f.t) {
      case 'welcome':
        this.retry = 0
        this.heartbeat = Number(f.limits?.heartbeat_seconds) || 20
        this.clearPing()
        this.pingTimer = setInterval(() => this.send({ t: 'ping' }), this.heartbeat * 1000)
        this.handlers.onStatus('open')
        if (f.reload) {
          this.version = f.v
          this.handlers.onReload()
        } else if (typeof f.v === 'number' && f.v > this.version) this.version = f.v
        this.handlers.onWelcome(f.me, (f.presence ?? []) as PresenceInfo[])
        if (this.presence) this.send({ t: 'presence', ...this.presence })
        break
      case 'op':
        if (typeof f.v === 'number') {
          if (f.v <= this.version && f.client === clientId()) break
          this.version = Math.max(this.version, f.v)
        }
        this.handlers.onOp(f as unknown as OpFrame)
        break
      case 'presence':
        this.handlers.onPresence(f as unknown as PresenceInfo)
        break
      case 'reload':
        this.handlers.onReload()
        break
      case 'role':
        this.handlers.onRole?.(f.role)
        break
      case 'revoked':
        this.stopped = true
        this.handlers.onRevoked?.(f.reason)
        break
      default:
        break
    }
  }

  /** Where this person is: the table or view they look at and the focused cell. */
  setPresence(p: Omit<PresenceInfo, 'conn' | 'user'>): void {
    const same = JSON.stringify(p) === JSON.stringify(this.presence)
    this.presence = p
    if (!same) this.send({ t: 'presence', ...p })
  }

  close(): void {
    this.stopped = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.clearPing()
    const ws = this.ws
    this.ws = null
    ws?.close(1000)
  }
}

/** A stable colour per user for their cursor and avatar. */
export function userColor(id: number): string {
  const palette = ['#e11d48', '#7c3aed', '#0891b2', '#ea580c', '#16a34a', '#db2777', '#2563eb', '#ca8a04']
  return palette[Math.abs(id) % palette.length]
}
