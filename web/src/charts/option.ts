/**
 * Chart data from the server (`GET /api/charts/{id}/data`) → an ECharts option. Pure: no DOM,
 * no i18n instance; the caller passes the locale, the words, the value column's number format,
 * a text measure and the chart's size, so labels are fitted here:
 *
 * - category labels wrap at spaces only (never inside a word) and are cut with "…" when they do
 *   not fit; the tooltip shows them whole;
 * - when the labels under bars do not fit side by side even on two lines (many months on a
 *   phone), they turn 40° and every n-th is shown;
 * - pie and donut slices carry "name, %" outside with label lines, overlapping labels and
 *   those of thin slices are hidden (the tooltip and the legend name them).
 */
import type { NumberOptions } from '../format'
import { categoryText, compactText, fitLines, valueText, type AxisInfo, type LabelWords } from './labels'

export interface ChartCategory {
  key: string | number | boolean | null
  label: string | null
  color?: string | null
  /** The categories past the chart's limit, as one («Others»): no drill-down. */
  others?: boolean
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
  /** A text card's Markdown. */
  text?: string
  periods?: { current: string; previous: string }
  axes?: { x?: AxisInfo | null; series?: AxisInfo | null }
  /** A series by period end: the day each category (period) is measured at (docs/as-of.md). */
  period_ends?: string[]
  /** The dashboard's filters this chart applies and ignores, by label (charts/filters.ts). */
  dashboard_filters?: { applied: string[]; ignored: string[] }
  /** false: no rows stand behind a point (a KPI series, docs/charts.md), a click opens nothing. */
  drill?: boolean
}

export interface OptionContext {
  locale: string
  words: LabelWords
  /** The value column's number options (money: its currency), null for counts. */
  valueFormat: NumberOptions | null
  /** Width in px of a text in the axis-label font (12px). */
  measure: (s: string) => number
  /** The chart's size in px. */
  width: number
  height: number
  /** Write each value on its bar or point. */
  labels?: boolean
}

/** Types drawn with ECharts (the rest are cards or tables). */
export const ECHART_TYPES = new Set([
  'bar', 'bar_horizontal', 'stacked_bar', 'grouped_bar', 'line', 'area', 'pie', 'donut', 'compare',
  'scatter', 'combo', 'funnel', 'gauge', 'calendar', 'treemap', 'radar',
])

const PALETTE = ['#2563eb', '#0d9488', '#f59e0b', '#7c3aed', '#dc2626', '#0891b2', '#65a30d', '#db2777', '#ea580c', '#475569']
const LINE_PX = 14
/** Below this a pie slice has no label of its own (the tooltip and legend name it). */
const MIN_LABEL_ANGLE = 12

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EOption = Record<string, any>

/** The names of the categories and series as the chart shows them, short and whole. */
export function chartNames(data: ChartData, ctx: Pick<OptionContext, 'locale' | 'words'>) {
  const cats = data.categories ?? []
  const series = data.series ?? []
  const x = data.axes?.x
  const s = data.axes?.series
  // Months under bars: the month's name, its year only on the first and on each January.
  const months = x?.granularity === 'month'
  const short = cats.map((c, i) => {
    const text = categoryText(c.key, c.label, x, ctx.locale, ctx.words)
    const m = months && typeof c.key === 'string' ? /^(\d{4})-(\d{2})$/.exec(c.key) : null
    return m && i > 0 && m[2] !== '01' ? text.slice(0, text.lastIndexOf(' ')) : text
  })
  return {
    short,
    long: cats.map((c) => categoryText(c.key, c.label, x, ctx.locale, ctx.words, true)),
    series: series.map((v) => categoryText(v.key, v.label, s, ctx.locale, ctx.words, true)),
  }
}

/** How the category labels under vertical bars are laid out at this width. */
export function bottomLabels(names: string[], plotWidth: number, measure: (s: string) => number) {
  const n = Math.max(names.length, 1)
  const slot = plotWidth / n - 6
  const wrapped = names.map((name) => fitLines(name, slot, measure, 2))
  if (wrapped.every((lines, i) => lines.join(' ') === names[i])) {
    return { lines: wrapped.map((l) => l.join('\n')), rotate: 0, interval: 0 }
  }
  // Turned 40°: one line each, at most 110 px, every n-th when even that is too dense.
  const lines = names.map((name) => fitLines(name, 110, measure, 1)[0] ?? '')
  const interval = Math.max(0, Math.ceil((LINE_PX + 6) / Math.max(plotWidth / n, 1)) - 1)
  return { lines, rotate: 40, interval }
}

export function chartOption(data: ChartData, ctx: OptionContext): EOption {
  const cats = data.categories ?? []
  const series = data.series ?? []
  const names = chartNames(data, ctx)
  const full = (v: unknown) => (typeof v === 'number' ? valueText(v, ctx.valueFormat, ctx.locale) : String(v ?? ''))
  const compact = (v: number) => compactText(v, ctx.valueFormat, ctx.locale)
  const type = data.type

  const other = otherOption(data, ctx, names, full, compact)
  if (other) return other

  if (type === 'pie' || type === 'donut') {
    const s = series[0]
    const labelWidth = Math.max(60, Math.min(120, ctx.width * 0.22))
    return {
      tooltip: { trigger: 'item', valueFormatter: full },
      legend: {
        type: 'scroll',
        bottom: 0,
        formatter: (name: string) => fitLines(name, 140, ctx.measure, 1)[0] ?? '',
        tooltip: { show: true },
      },
      series: [
        {
          type: 'pie',
          radius: type === 'donut' ? ['32%', '55%'] : '55%',
          center: ['50%', '44%'],
          avoidLabelOverlap: true,
          minShowLabelAngle: MIN_LABEL_ANGLE,
          labelLayout: { hideOverlap: true },
          labelLine: { show: true, length: 6, length2: 6 },
          label: {
            show: true,
            lineHeight: LINE_PX,
            alignTo: 'edge',
            edgeDistance: 4,
            formatter: (p: { name: string; percent: number }) =>
              [...fitLines(p.name, labelWidth, ctx.measure, 2), `${new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(p.percent)} %`].join('\n'),
          },
          data: cats.map((c, i) => ({
            name: names.long[i],
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
    const color = s.color || PALETTE[si % PALETTE.length]
    const e: EOption = {
      type: line ? 'line' : 'bar',
      name: multi ? names.series[si] : '',
      data: s.data.map((v, i) => (single && cats[i].color ? { value: v, itemStyle: { color: cats[i].color } } : v)),
    }
    if (color) e.itemStyle = { color }
    if (stacked) e.stack = 'total'
    if (type === 'area') e.areaStyle = {}
    if (ctx.labels) {
      e.label = {
        show: true,
        position: stacked ? 'inside' : horizontal ? 'right' : 'top',
        fontSize: 11,
        formatter: (p: { value: unknown }) => {
          const v = typeof p.value === 'object' && p.value !== null ? (p.value as { value: unknown }).value : p.value
          return typeof v === 'number' ? compact(v) : ''
        },
      }
    }
    return e
  })
  if (data.goal != null && out.length) {
    out[0].markLine = { symbol: 'none', data: [horizontal ? { xAxis: data.goal } : { yAxis: data.goal }], label: { formatter: () => full(data.goal) } }
  }
  const legendPx = multi ? 28 : 0
  // The value axis' widest label, to know the room left for the categories.
  const max = Math.max(0, ...series.flatMap((s) => s.data.map((v) => Math.abs(v ?? 0))))
  const valueLabelPx = ctx.measure(compact(max)) + 12
  let catAxisLabel: EOption
  if (horizontal) {
    const labelWidth = Math.max(60, Math.min(ctx.width * 0.42, 200))
    const rowPx = (ctx.height - 40 - legendPx) / Math.max(cats.length, 1)
    const maxLines = rowPx >= 2 * LINE_PX + 4 ? 2 : 1
    const lines = names.long.map((n) => fitLines(n, labelWidth, ctx.measure, maxLines).join('\n'))
    catAxisLabel = { interval: rowPx >= LINE_PX ? 0 : 'auto', lineHeight: LINE_PX, formatter: (_: string, i: number) => lines[i] ?? '' }
  } else {
    const plotWidth = ctx.width - valueLabelPx - 24
    const lay = bottomLabels(names.short, plotWidth, ctx.measure)
    catAxisLabel = {
      interval: lay.interval,
      rotate: lay.rotate,
      lineHeight: LINE_PX,
      hideOverlap: true,
      formatter: (_: string, i: number) => lay.lines[i] ?? '',
    }
  }
  const catAxis = { type: 'category', data: names.long, axisLabel: catAxisLabel, axisTick: { alignWithLabel: true } }
  const valAxis = { type: 'value', axisLabel: { formatter: compact, hideOverlap: true } }
  return {
    tooltip: { trigger: 'axis', valueFormatter: full, axisPointer: { type: line ? 'line' : 'shadow' } },
    legend: multi ? { type: 'scroll', bottom: 0 } : { show: false },
    grid: { left: 8, right: 16, top: 16, bottom: legendPx + 8, containLabel: true },
    xAxis: horizontal ? valAxis : catAxis,
    yAxis: horizontal ? { ...catAxis, inverse: true } : valAxis,
    series: out,
  }
}

/** The types drawn otherwise than bars, lines and pies; null for those. */
function otherOption(
  data: ChartData,
  ctx: OptionContext,
  names: ReturnType<typeof chartNames>,
  full: (v: unknown) => string,
  compact: (v: number) => string,
): EOption | null {
  const cats = data.categories ?? []
  const series = data.series ?? []
  const colorOf = (i: number) => cats[i]?.color || PALETTE[i % PALETTE.length]
  switch (data.type) {
    case 'scatter': {
      const [xs, ys] = [series[0]?.data ?? [], series[1]?.data ?? []]
      return {
        tooltip: {
          trigger: 'item',
          formatter: (p: { dataIndex: number }) =>
            `${names.long[p.dataIndex] ?? ''}<br>${series[0]?.label ?? ''} ${full(xs[p.dataIndex])}<br>${series[1]?.label ?? ''} ${full(ys[p.dataIndex])}`,
        },
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'value', name: series[0]?.label ?? '', nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: compact, hideOverlap: true } },
        yAxis: { type: 'value', name: series[1]?.label ?? '', axisLabel: { formatter: compact, hideOverlap: true } },
        series: [{
          type: 'scatter',
          symbolSize: 12,
          itemStyle: { color: series[0]?.color || PALETTE[0] },
          data: xs.map((x, i) => [x ?? 0, ys[i] ?? 0]),
          label: ctx.labels ? { show: true, position: 'right', formatter: (p: { dataIndex: number }) => names.short[p.dataIndex] ?? '' } : undefined,
        }],
      }
    }
    case 'combo': {
      const bars = series[0]
      const lineS = series[1]
      return {
        tooltip: { trigger: 'axis', valueFormatter: full },
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 8, right: 8, top: 16, bottom: 36, containLabel: true },
        xAxis: { type: 'category', data: names.long, axisLabel: { hideOverlap: true, formatter: (_: string, i: number) => names.short[i] ?? '' } },
        yAxis: [
          { type: 'value', axisLabel: { formatter: compact, hideOverlap: true } },
          { type: 'value', splitLine: { show: false }, axisLabel: { formatter: compact, hideOverlap: true } },
        ],
        series: [
          { type: 'bar', name: bars?.label ?? '', data: bars?.data ?? [], itemStyle: { color: bars?.color || PALETTE[0] },
            label: ctx.labels ? { show: true, position: 'top', formatter: (p: { value: number }) => compact(p.value) } : undefined },
          { type: 'line', name: lineS?.label ?? '', yAxisIndex: 1, data: lineS?.data ?? [], itemStyle: { color: lineS?.color || PALETTE[2] },
            label: ctx.labels ? { show: true, position: 'top', formatter: (p: { value: number }) => compact(p.value) } : undefined },
        ],
      }
    }
    case 'funnel':
      return {
        tooltip: { trigger: 'item', valueFormatter: full },
        series: [{
          type: 'funnel',
          left: '10%',
          width: '80%',
          top: 8,
          bottom: 8,
          sort: 'none',
          label: { show: true, position: 'inside', formatter: (p: { name: string; value: number }) => (ctx.labels ? `${p.name}: ${compact(p.value)}` : p.name) },
          data: cats.map((_c, i) => ({ name: names.long[i], value: series[0]?.data[i] ?? 0, itemStyle: { color: colorOf(i) } })),
        }],
      }
    case 'gauge': {
      const value = data.value ?? 0
      const max = Math.max(data.goal ?? 0, value, 1)
      return {
        series: [{
          type: 'gauge',
          min: 0,
          max,
          progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } },
          axisLabel: { formatter: (v: number) => compact(v), distance: 18, fontSize: 10 },
          splitNumber: 4,
          pointer: { show: false },
          itemStyle: { color: (data.series?.[0]?.color as string | undefined) || PALETTE[0] },
          detail: {
            valueAnimation: false,
            offsetCenter: [0, '10%'],
            fontSize: 22,
            formatter: () => `${full(value)}\n${new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 0 }).format(data.goal ? value / data.goal : 0)}`,
          },
          data: [{ value }],
        }],
      }
    }
    case 'calendar': {
      const points = cats
        .map((c, i) => [c.key, series[0]?.data[i]] as const)
        .filter((p): p is readonly [string, number] => typeof p[0] === 'string' && typeof p[1] === 'number')
      const days = points.map((p) => p[0]).sort()
      const values = points.map((p) => p[1])
      // The last year of days shown (a wider range would not fit a card).
      const end = days[days.length - 1] ?? new Date().toISOString().slice(0, 10)
      const start = new Date(Date.parse(end) - 364 * 86400000).toISOString().slice(0, 10)
      return {
        tooltip: { formatter: (p: { value: [string, number] }) => `${p.value[0]}: ${full(p.value[1])}` },
        visualMap: {
          min: Math.min(0, ...values),
          max: Math.max(1, ...values),
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 80,
          calculable: false,
          inRange: { color: ['#dbeafe', series[0]?.color || PALETTE[0]] },
          formatter: (v: number) => compact(v),
        },
        calendar: {
          range: [start, end],
          cellSize: ['auto', 'auto'],
          top: 28,
          left: 30,
          right: 8,
          bottom: 40,
          yearLabel: { show: false },
          dayLabel: { firstDay: 1, nameMap: ctx.locale.startsWith('ru') ? 'RU' : 'EN', fontSize: 9 },
          monthLabel: { nameMap: ctx.locale.startsWith('ru') ? 'RU' : 'EN', fontSize: 10 },
          splitLine: { show: false },
          itemStyle: { borderWidth: 1, borderColor: '#fff' },
        },
        series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: points.filter((p) => p[0] >= start).map((p) => [p[0], p[1]]) }],
      }
    }
    case 'treemap': {
      const multi = (data.axes?.series ?? null) !== null && series.length > 0
      const nodes = cats.map((_c, i) => {
        const children = multi
          ? series
              .map((s, si) => ({
                name: names.series[si] ?? '',
                value: Math.abs(s.data[i] ?? 0),
                itemStyle: s.color ? { color: s.color } : undefined,
                // What a click opens (ChartCard): the category's rows of this series.
                drill: cats[i].others ? undefined : { x: cats[i].key, series: s.key, label: `${names.long[i]} · ${names.series[si] ?? ''}` },
              }))
              .filter((n) => n.value > 0)
          : undefined
        const value = multi ? (children ?? []).reduce((a, n) => a + n.value, 0) : Math.abs(series[0]?.data[i] ?? 0)
        const drill = cats[i].others ? undefined : { x: cats[i].key, label: names.long[i] }
        return { name: names.long[i], value, children, itemStyle: { color: colorOf(i) }, drill }
      })
      return {
        tooltip: { formatter: (p: { name: string; value: number }) => `${p.name}: ${full(p.value)}` },
        series: [{
          type: 'treemap',
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          top: 4,
          left: 4,
          right: 4,
          bottom: 4,
          label: { show: true, formatter: (p: { name: string; value: number }) => (ctx.labels ? `${p.name}\n${compact(p.value)}` : p.name) },
          upperLabel: multi ? { show: true, height: 18 } : undefined,
          levels: multi ? [{ itemStyle: { borderWidth: 2, borderColor: '#fff', gapWidth: 2 } }, { itemStyle: { borderWidth: 1, gapWidth: 1 } }] : undefined,
          data: nodes.filter((n) => n.value > 0),
        }],
      }
    }
    case 'radar': {
      const max = Math.max(1, ...series.flatMap((s) => s.data.map((v) => v ?? 0)))
      return {
        tooltip: { trigger: 'item' },
        legend: series.length > 1 ? { type: 'scroll', bottom: 0 } : { show: false },
        radar: {
          radius: '62%',
          indicator: cats.map((_, i) => ({ name: names.short[i], max })),
          axisName: { fontSize: 11 },
        },
        series: [{
          type: 'radar',
          data: series.map((s, si) => ({
            name: series.length > 1 ? names.series[si] : '',
            value: s.data.map((v) => v ?? 0),
            itemStyle: { color: s.color || PALETTE[si % PALETTE.length] },
            areaStyle: { opacity: 0.15 },
            label: ctx.labels ? { show: true, formatter: (p: { value: number }) => compact(p.value) } : undefined,
          })),
        }],
      }
    }
    default:
      return null
  }
}
