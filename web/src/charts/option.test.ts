import { describe, expect, it } from 'vitest'
import { bottomLabels, chartOption, type ChartData, type OptionContext } from './option'
import { categoryText, compactText, fitLines, valueText, type LabelWords } from './labels'
import { drillQuery, freeViewName } from './drill'

// 7 px a character: a fixed-width stand-in for the canvas measure.
const measure = (s: string) => s.length * 7
const en: LabelWords = { empty: '(empty)', yes: 'Yes', no: 'No', quarter: (q, y) => `Q${q} ${y}`, week: (d) => `Week of ${d}` }
const ru: LabelWords = { empty: '(пусто)', yes: 'Да', no: 'Нет', quarter: (q, y) => `${q} кв. ${y}`, week: (d) => `Неделя с ${d}` }
const rub = { format: 'currency' as const, precision: 2, currency_symbol: '₽', currency_position: 'after' as const }
const ctx = (o: Partial<OptionContext> = {}): OptionContext => ({ locale: 'en', words: en, valueFormat: null, measure, width: 560, height: 300, ...o })
const NB = '\u00a0'

describe('labels in the interface language', () => {
  it('spells date buckets, checkboxes and blanks in the locale', () => {
    const month = { kind: 'date', granularity: 'month' }
    expect(categoryText('2026-11', '2026-11', month, 'en', en)).toBe('Nov 2026')
    expect(categoryText('2026-05', '2026-05', month, 'ru', ru)).toBe('май 2026')
    expect(categoryText('2026-11', '2026-11', month, 'ru', ru, true)).toBe('ноябрь 2026')
    expect(categoryText('2026-Q4', '2026-Q4', { kind: 'date', granularity: 'quarter' }, 'ru', ru)).toBe('4 кв. 2026')
    expect(categoryText('2026-11-30', '2026-11-30', { kind: 'date', granularity: 'week' }, 'en', en)).toBe('Nov 30')
    expect(categoryText('2026-11-30', '', { kind: 'date', granularity: 'week' }, 'ru', ru, true)).toBe('Неделя с 30 ноября 2026 г.')
    expect(categoryText('2026-11-05', '', { kind: 'date', granularity: 'day' }, 'en', en)).toBe('Nov 5, 2026')
    expect(categoryText(true, 'true', { kind: 'checkbox', granularity: null }, 'ru', ru)).toBe('Да')
    expect(categoryText(false, 'false', { kind: 'checkbox', granularity: null }, 'en', en)).toBe('No')
    expect(categoryText(null, '', { kind: 'text', granularity: null }, 'ru', ru)).toBe('(пусто)')
    expect(categoryText(1234.5, '1234.5', { kind: 'number', granularity: null }, 'ru', ru)).toBe(`1${NB}234,5`)
    expect(categoryText('a1', 'Открыт', { kind: 'select', granularity: null }, 'en', en)).toBe('Открыт') // the base's own words
  })

  it('formats values with the column currency, abbreviated where room is short', () => {
    expect(valueText(21127900, rub, 'ru')).toBe(`21${NB}127${NB}900,00${NB}₽`)
    expect(compactText(21127900, rub, 'ru')).toBe(`21,1${NB}млн${NB}₽`)
    expect(compactText(21127900, rub, 'en')).toBe(`21.1M${NB}₽`)
    expect(compactText(850000, null, 'ru')).toBe(`850${NB}тыс.`)
    expect(compactText(-2500000, { ...rub, currency_symbol: '$', currency_position: 'before' }, 'en')).toBe('-$2.5M')
    expect(compactText(950, rub, 'en')).toBe(`950${NB}₽`)
    expect(compactText(0, rub, 'ru')).toBe(`0${NB}₽`)
    expect(compactText(950.5, rub, 'en')).toBe(`950.50${NB}₽`)
    expect(valueText(3, null, 'en')).toBe('3')
  })
})

describe('fitting labels', () => {
  it('wraps at spaces only and cuts what does not fit with an ellipsis', () => {
    expect(fitLines('Не просрочен', 70, measure)).toEqual(['Не', 'просрочен'])
    expect(fitLines('ООО «Сибирский лес»', 200, measure)).toEqual(['ООО «Сибирский лес»'])
    // a word wider than the room is cut, never broken onto the next line
    expect(fitLines('Задолженность', 56, measure)).toEqual(['Задолже…'])
    expect(fitLines('один два три четыре', 56, measure, 2)).toEqual(['один два', 'три чет…'])
    // one line for a long name: cut inside the word rather than leave only «ООО…»
    expect(fitLines('ООО «Фармасистемы»', 105, measure, 1)).toEqual(['ООО «Фармасист…'])
    for (const line of fitLines('Частично оплаченные счета клиентов', 84, measure, 2)) expect(measure(line)).toBeLessThanOrEqual(84)
  })

  it('turns and thins labels that do not fit side by side', () => {
    const months = Array.from({ length: 12 }, (_, i) => `мес. ${2026 + i}`)
    const wide = bottomLabels(months, 900, measure)
    expect(wide.rotate).toBe(0)
    expect(wide.lines[0]).toBe('мес. 2026')
    const narrow = bottomLabels(months, 480, measure)
    expect(narrow.rotate).toBe(0) // two lines each: «мес.» over «2026»
    expect(narrow.lines[0]).toBe('мес.\n2026')
    const phone = bottomLabels([...months, ...months], 200, measure)
    expect(phone.rotate).toBe(40)
    expect(phone.interval).toBeGreaterThan(0)
  })
})

describe('chartOption', () => {
  it('draws bars with category colours, blanks in the interface language and whole names in the tooltip', () => {
    const data: ChartData = {
      type: 'bar',
      axes: { x: { kind: 'select', granularity: null } },
      categories: [
        { key: 'a', label: 'Open', color: '#ff0000' },
        { key: null, label: '', color: null },
      ],
      series: [{ key: 'value', label: '', data: [3, 1] }],
    }
    const o = chartOption(data, ctx({ locale: 'ru', words: ru }))
    expect(o.xAxis.data).toEqual(['Open', '(пусто)'])
    expect(o.series[0].data[0]).toEqual({ value: 3, itemStyle: { color: '#ff0000' } })
    expect(o.legend.show).toBe(false)
    expect(o.xAxis.axisLabel.interval).toBe(0)
    expect(o.xAxis.axisLabel.formatter('', 1)).toBe('(пусто)')
  })

  it('labels months in the locale and money on the value axis abbreviated', () => {
    const categories = Array.from({ length: 8 }, (_, i) => ({ key: `2026-0${i + 1}`, label: `2026-0${i + 1}` }))
    const o = chartOption(
      { type: 'bar', axes: { x: { kind: 'date', granularity: 'month' } }, categories, series: [{ key: 'v', label: '', data: categories.map(() => 27701400) }] },
      ctx({ locale: 'ru', words: ru, valueFormat: rub }),
    )
    expect(o.xAxis.data[0]).toBe('январь 2026')
    expect(o.xAxis.axisLabel.formatter('', 0)).toBe('янв.\n2026')
    expect(o.xAxis.axisLabel.formatter('', 1)).toBe('февр.') // the year once, then on each January
    expect(o.yAxis.axisLabel.formatter(30000000)).toBe(`30${NB}млн${NB}₽`)
    expect(o.tooltip.valueFormatter(27701400)).toBe(`27${NB}701${NB}400,00${NB}₽`)
  })

  it('stacks series named in the locale and uses series colours', () => {
    const o = chartOption(
      {
        type: 'stacked_bar',
        axes: { x: { kind: 'text', granularity: null }, series: { kind: 'checkbox', granularity: null } },
        categories: [{ key: 'x', label: 'Анна' }],
        series: [
          { key: true, label: 'true', color: '#00ff00', data: [2] },
          { key: false, label: 'false', data: [5] },
        ],
      },
      ctx({ locale: 'ru', words: ru }),
    )
    expect(o.series.map((s: { stack: string }) => s.stack)).toEqual(['total', 'total'])
    expect(o.series[0].itemStyle.color).toBe('#00ff00')
    expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Да', 'Нет'])
    expect(o.legend.show).not.toBe(false)
  })

  it('horizontal bars keep long names whole within their room', () => {
    const names = ['ООО «Сибирский лес и деревообработка»', 'АО «Балтика-Снаб»']
    const o = chartOption(
      { type: 'bar_horizontal', categories: names.map((n, i) => ({ key: i, label: n })), series: [{ key: 'v', label: '', data: [1, 2] }] },
      ctx({ width: 500 }),
    )
    expect(o.yAxis.type).toBe('category')
    expect(o.xAxis.type).toBe('value')
    for (let i = 0; i < names.length; i++) {
      const shown: string = o.yAxis.axisLabel.formatter('', i)
      for (const line of shown.split('\n')) expect(measure(line)).toBeLessThanOrEqual(200)
      expect(shown.replace(/\n/g, ' ').replace('…', '')).toBe(names[i].slice(0, shown.replace(/\n/g, ' ').replace('…', '').length))
    }
  })

  it('draws pie and donut slices with readable labels', () => {
    const data: ChartData = {
      type: 'donut',
      categories: [
        { key: 'a', label: 'Частично оплачен', color: '#123456' },
        { key: null, label: null },
      ],
      series: [{ key: 'value', label: '', data: [4, null] }],
    }
    const o = chartOption(data, ctx({ locale: 'ru', words: ru, width: 380 }))
    const pie = o.series[0]
    expect(pie.type).toBe('pie')
    expect(pie.radius).toEqual(['32%', '55%'])
    expect(pie.data).toEqual([
      { name: 'Частично оплачен', value: 4, itemStyle: { color: '#123456' } },
      { name: '(пусто)', value: 0 },
    ])
    expect(pie.minShowLabelAngle).toBeGreaterThan(0)
    expect(pie.labelLayout.hideOverlap).toBe(true)
    expect(pie.label.formatter({ name: 'Частично оплачен', percent: 42.4 })).toBe('Частично\nоплачен\n42 %')
    expect(chartOption({ ...data, type: 'pie' }, ctx()).series[0].radius).toBe('55%')
  })
})

describe('drill-down helpers', () => {
  it('sends the empty category as "" and leaves out what was not clicked', () => {
    expect(drillQuery({ x: null })).toEqual({ x: '' })
    expect(drillQuery({ x: true, series: '2026-11' })).toEqual({ x: 'true', series: '2026-11' })
    expect(drillQuery({ series: 'a' })).toEqual({ series: 'a' })
  })

  it('names the new view freely and within 200 characters', () => {
    expect(freeViewName('Статусы: Открыт', ['Все строки'])).toBe('Статусы: Открыт')
    expect(freeViewName('Статусы: Открыт', ['статусы: открыт', 'Статусы: Открыт (2)'])).toBe('Статусы: Открыт (3)')
    const long = freeViewName('x'.repeat(300), ['x'.repeat(199) + '…'])
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('… (2)')).toBe(true)
  })
})

describe('the chart types beyond bars and pies', () => {
  const cats = [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }]
  const two = [{ key: 'value', label: 'Count', data: [1, 2] }, { key: 'value1', label: 'Sum', data: [10, 20] }]
  it('scatter places a point per category at its two values', () => {
    const o = chartOption({ type: 'scatter', categories: cats, series: two }, ctx())
    expect(o.series[0].data).toEqual([[1, 10], [2, 20]])
  })
  it('combo draws bars on the left axis and the line on the right one', () => {
    const o = chartOption({ type: 'combo', categories: cats, series: two }, ctx())
    expect(o.series.map((s: { type: string; yAxisIndex?: number }) => [s.type, s.yAxisIndex ?? 0])).toEqual([['bar', 0], ['line', 1]])
  })
  it('a gauge is filled by its goal; a treemap nests the second column', () => {
    const g = chartOption({ type: 'gauge', value: 50, goal: 200 }, ctx())
    expect(g.series[0].max).toBe(200)
    const t = chartOption({
      type: 'treemap', categories: cats, axes: { x: { kind: 'text', granularity: null }, series: { kind: 'text', granularity: null } },
      series: [{ key: 'x', label: 'X', data: [1, 0] }, { key: 'y', label: 'Y', data: [2, 3] }],
    }, ctx())
    expect(t.series[0].data.map((n: { value: number; children: unknown[] }) => [n.value, n.children.length])).toEqual([[3, 2], [3, 1]])
  })
  it('a calendar shows the days of the last year that have values', () => {
    const o = chartOption({ type: 'calendar', categories: [{ key: '2026-01-05', label: '' }, { key: '2024-01-01', label: '' }],
      series: [{ key: 'value', label: '', data: [4, 1] }] }, ctx())
    expect(o.calendar.range).toEqual(['2025-01-06', '2026-01-05'])
    expect(o.series[0].data).toEqual([['2026-01-05', 4]])
  })
})
