/**
 * The live connection to a base (/api/bases/{id}/live): actions committed by anyone arrive
 * as `op` frames in version order; others' presence (who is here, which cell) arrives as
 * `presence` frames. On a drop (or a gap in versions) it reconnects with the last version it
 * applied, and the server replays what was missed (or says to reload when that is too much).
 * Our own writes go over HTTP; their echoes are recognised by version and not applied twice.
 */
import { clientId, writesInFlight } from './api/client'

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
  overwrote?: { table_id: number; row_id: string; column_id: number; client: string | null }[]
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
  /** Versions made by this tab's HTTP writes whose echo has not arrived yet. */
  private own = new Set<number>()

  constructor(
    private readonly baseId: number,
    version: number,
    private readonly handlers: LiveHandlers,
  ) {
    this.version = version
    window.addEventListener('online', this.onOnline)
    window.addEventListener('offline', this.onOffline)
    this.connect()
  }

  /** The browser has a network again: reconnect now rather than at the end of the backoff. */
  private onOnline = (): void => {
    if (this.stopped || this.ws) return
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.retry = 0
    this.connect()
  }

  /** The browser lost its network: a socket may stay "open" for a long while; say so at once. */
  private onOffline = (): void => {
    const ws = this.ws
    if (this.stopped || !ws) return
    this.ws = null
    this.clearPing()
    ws.close(1000)
    this.handlers.onStatus('offline')
    this.scheduleReconnect()
  }

  get lastVersion(): number {
    return this.version
  }

  /** A version one of our HTTP writes made: its echo is not applied again. */
  noteVersion(v: number | undefined): void {
    if (typeof v !== 'number' || v <= this.version) return
    this.own.add(v)
    if (this.own.size > 500) this.own.delete(this.own.values().next().value as number)
  }

  /** Ask again from our version: the server replays what we missed. */
  private resync(): void {
    const ws = this.ws
    this.ws = null
    this.clearPing()
    ws?.close(1000)
    this.connect()
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
        if (f.reload) this.handlers.onReload()
        if (typeof f.v === 'number') this.version = f.v
        this.own.clear()
        this.handlers.onWelcome(f.me, (f.presence ?? []) as PresenceInfo[])
        if (this.presence) this.send({ t: 'presence', ...this.presence })
        break
      case 'op': {
        const v = Number(f.v)
        if (!Number.isFinite(v) || v <= this.version) break // a duplicate
        if (v > this.version + 1) {
          this.resync() // something is missing: it comes back in the replay
          break
        }
        this.version = v
        if (this.own.delete(v)) break // our own write, already on screen
        // Our own write whose HTTP answer is still on its way: that answer updates the screen.
        if (f.client === clientId() && writesInFlight() > 0) break
        this.handlers.onOp(f as unknown as OpFrame)
        break
      }
      case 'ping':
      case 'pong':
        if (typeof f.v === 'number' && f.v > this.version) this.resync()
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
      case 'notification':
      case 'comment': // team events: the bell and the comments panel listen (api/notify.ts)
        window.dispatchEvent(new CustomEvent('tablo:team', { detail: f }))
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
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
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
