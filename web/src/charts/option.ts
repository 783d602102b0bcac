/**
 * Chart data from the server (`GET /api/charts/{id}/data`) → an ECharts option. Pure: no DOM,
 * no i18n instance; the caller passes the empty-label text and a number formatter.
 */

export interface ChartCategory {
  key: string | number | boolean | null
  label: string | null
  color?: string | null
}

export interface ChartSeries {
  key: string | number | boolean | null
  label: string | null
  color?: string | null
  data: (number | null)[]
}

export interface ChartData {
  type: string
  categories?: ChartCategory[]
  series?: ChartSeries[]
  goal?: number | null
  value?: number | null
  previous?: number | null
  change?: number | null
  row_totals?: (number | null)[]
  column_totals?: (number | null)[]
  total?: number | null
  truncated?: boolean
  periods?: { current: string; previous: string }
}

export interface OptionContext {
  /** The text for an empty label: "(empty)" / "(пусто)". */
  empty: string
  /** Formats a number in the UI locale. */
  format: (n: number) => string
}

/** Types drawn with ECharts (the rest are cards or tables). */
export const ECHART_TYPES = new Set([
  'bar', 'bar_horizontal', 'stacked_bar', 'grouped_bar', 'line', 'area', 'pie', 'donut', 'compare',
])

export function labelOf(label: string | null | undefined, empty: string): string {
  return label == null || label === '' ? empty : label
}

const PALETTE = ['#2563eb', '#0d9488', '#f59e0b', '#7c3aed', '#dc2626', '#0891b2', '#65a30d', '#db2777', '#ea580c', '#475569']

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EOption = Record<string, any>

export function chartOption(data: ChartData, ctx: OptionContext): EOption {
  const cats = data.categories ?? []
  const series = data.series ?? []
  const names = cats.map((c) => labelOf(c.label, ctx.empty))
  const fmt = (v: unknown) => (typeof v === 'number' ? ctx.format(v) : String(v ?? ''))
  const type = data.type

  if (type === 'pie' || type === 'donut') {
    const s = series[0]
    return {
      tooltip: { trigger: 'item', valueFormatter: fmt },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: type === 'donut' ? ['45%', '70%'] : '70%',
          center: ['50%', '45%'],
          data: cats.map((c, i) => ({
            name: names[i],
            value: s?.data[i] ?? 0,
            ...(c.color ? { itemStyle: { color: c.color } } : {}),
          })),
        },
      ],
    }
  }

  const horizontal = type === 'bar_horizontal'
  const stacked = type === 'stacked_bar'
  const line = type === 'line' || type === 'area'
  const multi = series.length > 1
  // One series: bars take the categories' colours (a select's option colours).
  const single = !multi && cats.some((c) => c.color)
  const out = series.map((s, si) => {
    const color = s.color || (multi ? PALETTE[si % PALETTE.length] : undefined)
    const e: EOption = {
      type: line ? 'line' : 'bar',
      name: multi ? labelOf(s.label, ctx.empty) : '',
      data: s.data.map((v, i) =>
        single && cats[i].color ? { value: v, itemStyle: { color: cats[i].color } } : v,
      ),
    }
    if (color) e.itemStyle = { color }
    if (stacked) e.stack = 'total'
    if (type === 'area') e.areaStyle = {}
    return e
  })
  if (data.goal != null && out.length) {
    out[0].markLine = { symbol: 'none', data: [horizontal ? { xAxis: data.goal } : { yAxis: data.goal }], label: { formatter: () => fmt(data.goal) } }
  }
  // Few categories under bars: every label shows, long ones wrap (aging buckets); many: skip overlaps.
  const everyLabel = !horizontal && names.length <= 12
  const catAxis = {
    type: 'category',
    data: names,
    axisLabel: everyLabel ? { interval: 0, width: 90, overflow: 'break' } : { hideOverlap: true },
  }
  const valAxis = { type: 'value', axisLabel: { formatter: fmt } }
  return {
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend: multi ? { type: 'scroll', bottom: 0 } : { show: false },
    grid: { left: 8, right: 16, top: 16, bottom: multi ? 32 : 8, containLabel: true },
    xAxis: horizontal ? valAxis : catAxis,
    yAxis: horizontal ? { ...catAxis, inverse: true } : valAxis,
    series: out,
  }
}
