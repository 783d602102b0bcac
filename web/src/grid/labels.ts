/** Translated labels for the cell widgets (the widgets are plain DOM and take them as data). */
import type { CalendarLabels, FileLabels, LinkLabels } from './widgets'

type T = (key: string, args?: Record<string, unknown>) => string

export const calendarLabels = (t: T): CalendarLabels => ({
  prev: t('cells.prevMonth'),
  next: t('cells.nextMonth'),
  today: t('cells.today'),
})

export const fileLabels = (t: T): FileLabels => ({
  upload: t('cells.upload'),
  uploading: t('cells.uploading'),
  remove: t('cells.removeFile'),
  empty: t('cells.noFiles'),
  download: t('cells.download'),
  close: t('common.close'),
  prev: t('cells.previous'),
  next: t('cells.next'),
})

export const linkLabels = (t: T): LinkLabels => ({
  search: t('cells.linkSearch'),
  empty: t('cells.noRowsFound'),
  remove: t('cells.removeLink'),
  untitled: t('cells.untitled'),
  loading: t('common.loading'),
})

/** The option and people picker's labels. */
export const pickerLabels = (ctx: { t: T }) => ({
  search: ctx.t('grid.pickerSearch'),
  add: (name: string) => ctx.t('grid.pickerAdd', { name }),
  empty: ctx.t('grid.pickerEmpty'),
  clear: ctx.t('grid.pickerClear'),
})
