import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** A WebSocket stand-in that records what the connection does with it. */
class FakeSocket {
  static OPEN = 1
  static made: FakeSocket[] = []
  readyState = 0
  sent: string[] = []
  closed = false
  onopen: (() => void) | null = null
  onmessage: ((e: { data: string }) => void) | null = null
  onclose: ((e: { code: number; reason: string }) => void) | null = null
  constructor(readonly url: string) {
    FakeSocket.made.push(this)
  }
  send(s: string) {
    this.sent.push(s)
  }
  close() {
    this.closed = true
  }
  open() {
    this.readyState = 1
    this.onopen?.()
  }
  frame(f: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify(f) })
  }
}

const win = new EventTarget()

beforeEach(() => {
  FakeSocket.made = []
  vi.useFakeTimers()
  vi.stubGlobal('window', win)
  vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.1:8000' })
  vi.stubGlobal('WebSocket', FakeSocket)
  vi.stubGlobal('localStorage', { getItem: () => 'c_test', setItem: () => undefined })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function connection() {
  const { LiveConnection } = await import('./live')
  const statuses: string[] = []
  const conn = new LiveConnection(7, 10, {
    onOp: () => undefined,
    onReload: () => undefined,
    onPresence: () => undefined,
    onWelcome: () => undefined,
    onStatus: (s) => statuses.push(s),
  })
  const ws = FakeSocket.made[0]
  ws.open()
  ws.frame({ t: 'welcome', v: 10, me: { id: 1, name: 'A' }, presence: [] })
  return { conn, statuses, ws }
}

describe('LiveConnection and the browser network', () => {
  it('says offline at once and drops the socket when the browser goes offline', async () => {
    const { conn, statuses, ws } = await connection()
    expect(statuses.at(-1)).toBe('open')
    win.dispatchEvent(new Event('offline'))
    expect(ws.closed).toBe(true)
    expect(statuses.at(-1)).toBe('offline')
    conn.close()
  })

  it('reconnects as soon as the network is back, asking from the last version', async () => {
    const { conn, ws } = await connection()
    ws.frame({ t: 'op', v: 11, kind: 'x', by: null, client: 'other', schema_changed: false, action: { type: 'noop' } })
    win.dispatchEvent(new Event('offline'))
    // Failed attempts push the backoff far out...
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(20_000)
      FakeSocket.made.at(-1)!.onclose?.({ code: 1006, reason: '' })
    }
    const before = FakeSocket.made.length
    // ...but "online" connects now, without waiting for it.
    win.dispatchEvent(new Event('online'))
    expect(FakeSocket.made.length).toBe(before + 1)
    const next = FakeSocket.made.at(-1)!
    next.open()
    expect(JSON.parse(next.sent[0])).toMatchObject({ t: 'hello', version: 11 })
    conn.close()
  })

  it('stops listening once closed', async () => {
    const { conn } = await connection()
    conn.close()
    const before = FakeSocket.made.length
    win.dispatchEvent(new Event('online'))
    expect(FakeSocket.made.length).toBe(before)
  })
})
