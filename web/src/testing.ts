/** Helpers for the Vitest tests (they run in Node, without a browser's storage). */

/** An in-memory Storage (localStorage / sessionStorage stand-in); `m` shows what it holds. */
export function memoryStorage() {
  const m = new Map<string, string>()
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    m,
  }
}
