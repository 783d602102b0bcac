import { describe, expect, it, vi } from 'vitest'
import type { IGetRowsParams } from 'ag-grid-community'
import type { Row } from '../api/types'
import { fetchRange, gridDatasource, type RowSource } from './datasource'

function fakeSource(total: number): RowSource & { calls: [number, number][]; counts: number } {
  const src = {
    key: 'fake',
    path: '/fake',
    query: {},
    calls: [] as [number, number][],
    counts: 0,
    count: async () => {
      src.counts += 1
      return total
    },
    window: async (offset: number, limit: number) => {
      src.calls.push([offset, limit])
      const rows: Row[] = []
      for (let i = offset; i < Math.min(total, offset + limit); i++) rows.push({ _id: 'r' + i })
      return rows
    },
  }
  return src
}

function request(ds: ReturnType<typeof gridDatasource>, startRow: number, endRow: number) {
  return new Promise<{ rows: Row[]; lastRow?: number }>((resolve, reject) => {
    ds.getRows({
      startRow,
      endRow,
      successCallback: (rows: Row[], lastRow?: number) => resolve({ rows, lastRow }),
      failCallback: () => reject(new Error('failed')),
      sortModel: [],
      filterModel: {},
    } as unknown as IGetRowsParams)
  })
}

describe('gridDatasource', () => {
  it('gives the true row count with the first window, so the scrollbar is full size', async () => {
    const src = fakeSource(1_000_000)
    const onCount = vi.fn()
    const ds = gridDatasource(src, { onCount, onError: vi.fn() })
    const first = await request(ds, 0, 200)
    expect(first.rows).toHaveLength(200)
    expect(first.lastRow).toBe(1_000_000)
    expect(onCount).toHaveBeenCalledWith(1_000_000)
    const middle = await request(ds, 500_000, 500_200)
    expect(middle.rows[0]._id).toBe('r500000')
    expect(src.counts).toBe(1)
  })

  it('treats a short window as the end of the rows', async () => {
    const src = fakeSource(250)
    const onCount = vi.fn()
    const ds = gridDatasource(src, { onCount, onError: vi.fn() })
    const last = await request(ds, 200, 400)
    expect(last.rows).toHaveLength(50)
    expect(last.lastRow).toBe(250)
  })

  it('asks for the count again after a reset', async () => {
    const src = fakeSource(10)
    const ds = gridDatasource(src, { onCount: vi.fn(), onError: vi.fn() })
    await request(ds, 0, 200)
    ds.reset()
    await request(ds, 0, 200)
    expect(src.counts).toBe(2)
  })

  it('reports errors and fails the block', async () => {
    const src = fakeSource(10)
    src.window = async () => {
      throw new Error('boom')
    }
    const onError = vi.fn()
    const ds = gridDatasource(src, { onCount: vi.fn(), onError })
    await expect(request(ds, 0, 200)).rejects.toThrow('failed')
    await Promise.resolve()
    expect(onError).toHaveBeenCalled()
  })
})

describe('fetchRange', () => {
  it('splits a long range into requests of at most 1,000 rows', async () => {
    const src = fakeSource(5000)
    const rows = await fetchRange(src, 100, 2500)
    expect(rows).toHaveLength(2500)
    expect(rows[0]._id).toBe('r100')
    expect(rows[2499]._id).toBe('r2599')
    expect(src.calls).toEqual([
      [100, 1000],
      [1100, 1000],
      [2100, 500],
    ])
  })

  it('stops at the end of the table', async () => {
    const src = fakeSource(1500)
    const rows = await fetchRange(src, 1000, 2000)
    expect(rows).toHaveLength(500)
    expect(src.calls).toHaveLength(1)
  })
})
