import { describe, expect, it } from 'vitest'
import { chartOption, type ChartData } from './option'

const ctx = { empty: '(empty)', format: (n: number) => n.toFixed(0) }

describe('chartOption', () => {
  it('draws bars with category colours and empty labels', () => {
    const data: ChartData = {
      type: 'bar',
      categories: [
        { key: 'a', label: 'Open', color: '#ff0000' },
        { key: null, label: '', color: null },
      ],
      series: [{ key: 'value', label: '', data: [3, 1] }],
    }
    const o = chartOption(data, ctx)
    expect(o.xAxis.data).toEqual(['Open', '(empty)'])
    expect(o.series).toHaveLength(1)
    expect(o.series[0].type).toBe('bar')
    expect(o.series[0].data[0]).toEqual({ value: 3, itemStyle: { color: '#ff0000' } })
    expect(o.series[0].data[1]).toBe(1)
    expect(o.legend.show).toBe(false)
    // a few categories: every label shows (long ones wrap) rather than every other one
    expect(o.xAxis.axisLabel.interval).toBe(0)
  })

  it('lets many categories skip overlapping labels', () => {
    const categories = Array.from({ length: 30 }, (_, i) => ({ key: `d${i}`, label: `2026-${i}` }))
    const o = chartOption({ type: 'line', categories, series: [{ key: 'v', label: '', data: categories.map(() => 1) }] }, ctx)
    expect(o.xAxis.axisLabel).toEqual({ hideOverlap: true })
  })

  it('stacks series and uses series colours', () => {
    const o = chartOption(
      {
        type: 'stacked_bar',
        categories: [{ key: '2026-10', label: '2026-10' }],
        series: [
          { key: 'x', label: 'Paid', color: '#00ff00', data: [2] },
          { key: null, label: null, data: [5] },
        ],
      },
      ctx,
    )
    expect(o.series.map((s: { stack: string }) => s.stack)).toEqual(['total', 'total'])
    expect(o.series[0].itemStyle.color).toBe('#00ff00')
    expect(o.series[1].name).toBe('(empty)')
  })

  it('horizontal bars swap the axes', () => {
    const o = chartOption({ type: 'bar_horizontal', categories: [{ key: 1, label: 'A' }], series: [{ key: 'v', label: '', data: [1] }] }, ctx)
    expect(o.yAxis.type).toBe('category')
    expect(o.xAxis.type).toBe('value')
  })

  it('draws pie and donut slices', () => {
    const data: ChartData = {
      type: 'donut',
      categories: [
        { key: 'a', label: 'A', color: '#123456' },
        { key: null, label: null },
      ],
      series: [{ key: 'value', label: '', data: [4, null] }],
    }
    const o = chartOption(data, ctx)
    expect(o.series[0].type).toBe('pie')
    expect(o.series[0].radius).toEqual(['45%', '70%'])
    expect(o.series[0].data).toEqual([
      { name: 'A', value: 4, itemStyle: { color: '#123456' } },
      { name: '(empty)', value: 0 },
    ])
    expect(chartOption({ ...data, type: 'pie' }, ctx).series[0].radius).toBe('70%')
  })
})
