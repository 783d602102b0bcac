/**
 * The gallery view's pure parts (GalleryView.vue shows them): its settings, a card's cover
 * (the first file of the cover column), and when scrolling reads the next window of rows
 * (server/views/gallery.py). How wide a card of each size is lives in GalleryView.vue's
 * style: CSS fits as many cards per row as the width holds.
 */
import type { StoredFile } from '../api/files'
import type { Column, Row } from '../api/types'
import { fileUrl, isImage } from '../grid/widgets'

/** Rows read per request; the next window comes when the gallery is scrolled near its end. */
export const CARD_WINDOW = 60
/** A refresh re-reads the cards already shown, up to this many (more come back on scroll). */
export const MAX_REFRESH = 600
export const CARD_SIZES = ['small', 'medium', 'large'] as const
export const COVER_FITS = ['cover', 'contain'] as const
export type CardSize = (typeof CARD_SIZES)[number]
export type CoverFit = (typeof COVER_FITS)[number]

/** The gallery's own settings (beside the grid's filters, sorts, hidden columns, colours). */
export interface GallerySettings {
  cover_column?: number | null
  card_fields?: number[]
  card_size?: CardSize
  cover_fit?: CoverFit
}

/** A card's cover: the image to show, or the file's extension when the first file is no image. */
export type Cover = { kind: 'image'; url: string; name: string } | { kind: 'file'; ext: string; name: string } | { kind: 'none' }

export function cardSize(s: GallerySettings): CardSize {
  return s.card_size && CARD_SIZES.includes(s.card_size) ? s.card_size : 'medium'
}

export function coverOf(col: Column | null, row: Row): Cover {
  if (!col) return { kind: 'none' }
  const files = row[String(col.id)]
  const first = Array.isArray(files) ? (files.find((f) => f && typeof f === 'object') as StoredFile | undefined) : undefined
  if (!first) return { kind: 'none' }
  if (isImage(first)) return { kind: 'image', url: fileUrl(first), name: first.name ?? '' }
  const ext = (first.name ?? '').includes('.') ? (first.name.split('.').pop() ?? '') : ''
  return { kind: 'file', ext: ext.slice(0, 4).toUpperCase() || '?', name: first.name ?? '' }
}

/** Whether a gallery scrolled this far should read its next window. */
export function wantsMore(loaded: number, total: number, loading: boolean, nearEnd: boolean): boolean {
  return nearEnd && !loading && loaded < total
}
