/**
 * The geolocation column type in the web app: a point {lat, lng, address?} (the API value of
 * server/columns/geolocation.py). Everything the app does with the type lives here — its text
 * (display, clipboard and what the editors start from: the server's canonical text form
 * "55.7558, 37.6173; address"), the reading of typed text (the server's parse_point, rule for
 * rule; web/src/columns/geolocation.cases.json holds the cases both test), the grid cell
 * (coordinates, address and an «On the map» link to OpenStreetMap) and the text editor that
 * typing into a selected cell starts, and the row form's input (the same text, with the map
 * link under it). `geolocation` below is what web/src/columns/index.ts registers.
 */
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { textEditor, type ColumnTypeModule, type Translate } from './module'

export interface GeoPoint {
  lat: number
  lng: number
  address?: string
}

/** Why a text is not a point: which part is wrong (`location`: not "lat, lng" at all). */
export class GeoTextError extends Error {
  constructor(
    readonly part: 'lat' | 'lng' | 'location',
    readonly text: string,
  ) {
    super(`${part}: ${text}`)
  }
}

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`
// As the server: "lat, lng", "lat,lng", "lat lng" or "lat; lng", then optionally "; address"
// (everything after that semicolon, so it may hold commas and semicolons). `s`: the server's DOTALL.
const TEXT = new RegExp(String.raw`^\s*(${NUM})\s*(?:,|;|\s)\s*(${NUM})\s*(?:;\s*(.*?))?\s*$`, 's')

function coord(s: string, part: 'lat' | 'lng', limit: number): number {
  const v = Number(s)
  if (!(v >= -limit && v <= limit)) throw new GeoTextError(part, s)
  return v
}

/** Typed or pasted text to a point; null for blank text. Throws GeoTextError when it is not one. */
export function parsePoint(text: string): GeoPoint | null {
  if (!text.trim()) return null
  const m = TEXT.exec(text)
  if (!m) throw new GeoTextError('location', text.trim())
  const out: GeoPoint = { lat: coord(m[1], 'lat', 90), lng: coord(m[2], 'lng', 180) }
  if (m[3]) out.address = m[3]
  return out
}

/** A coordinate as Python's repr writes it (the server's text): 55.7558, 90, 1e-05. */
function numText(x: number): string {
  if (Number.isInteger(x)) return String(x)
  if (Math.abs(x) < 1e-4) return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2')
  return String(x)
}

export function isPoint(v: unknown): v is GeoPoint {
  return !!v && typeof v === 'object' && typeof (v as GeoPoint).lat === 'number' && typeof (v as GeoPoint).lng === 'number'
}

/** Just the coordinates: "55.7558, 37.6173". */
function coordsText(p: GeoPoint): string {
  return `${numText(p.lat)}, ${numText(p.lng)}`
}

/** The server's text of a value: display, clipboard, search and the editors' starting text. */
export function pointText(v: unknown): string {
  if (!isPoint(v)) return v === null || v === undefined ? '' : String(v)
  return v.address ? `${coordsText(v)}; ${v.address}` : coordsText(v)
}

/** The point on OpenStreetMap, with a marker, zoomed to streets; null for a value that is no point. */
export function mapUrl(v: unknown): string | null {
  if (!isPoint(v)) return null
  return `https://www.openstreetmap.org/?mlat=${v.lat}&mlon=${v.lng}#map=16/${v.lat}/${v.lng}`
}

/** The reason a text is refused, in the interface language. */
export function refusal(e: GeoTextError, t: Translate): string {
  if (e.part === 'lat') return t('cells.geoLat', { text: e.text })
  if (e.part === 'lng') return t('cells.geoLng', { text: e.text })
  return t('cells.geoFormat', { text: e.text })
}

/** parsePoint with the refusal in the interface language (the grid editor and the row form). */
export function readPoint(text: string, t: Translate): GeoPoint | null {
  try {
    return parsePoint(text)
  } catch (e) {
    throw e instanceof GeoTextError ? new Error(refusal(e, t)) : e
  }
}

/** The cell: coordinates, the address after them, and a link opening the map in a new tab. */
export function geoRenderer(mapLabel: () => string) {
  return (p: ICellRendererParams) => {
    if (!isPoint(p.value)) return ''
    const box = document.createElement('span')
    box.className = 'cell-geo'
    box.title = pointText(p.value)
    const coords = document.createElement('span')
    coords.className = 'coords'
    coords.textContent = coordsText(p.value)
    box.appendChild(coords)
    if (p.value.address) {
      const address = document.createElement('span')
      address.className = 'address ellipsis'
      address.textContent = p.value.address
      box.appendChild(address)
    }
    const a = document.createElement('a')
    a.className = 'cell-link map-link'
    a.textContent = mapLabel()
    a.href = mapUrl(p.value) ?? ''
    a.target = '_blank'
    a.rel = 'noopener noreferrer'
    box.appendChild(a)
    return box
  }
}

/** The grid column of the type: the cell above and a text editor that typing starts. */
export function geoColDef(def: ColDef, ctx: { t: Translate; onInvalid(message: string): void }): void {
  def.cellRenderer = geoRenderer(() => ctx.t('cells.onMap'))
  textEditor(def, ctx, pointText, (s: string) => readPoint(s, ctx.t))
}

export const geolocation: ColumnTypeModule = {
  id: 'geolocation',
  mark: '⊕',
  width: 300, // room for the coordinates, some address and the map link
  importable: true,
  hint: 'column.geolocationHint',
  text: (_col, value) => pointText(value), // also its clipboard text: the server's text form
  grid: (def, _col, ctx) => geoColDef(def, ctx),
  form: {
    input: 'text',
    placeholder: 'cells.geoPlaceholder',
    text: (_col, v) => pointText(v),
    read: (_col, s, ctx) => readPoint(s, ctx.t),
    same: (a, b) => pointText(a) === pointText(b), // the server's key order may differ
    link: (v) => {
      const href = mapUrl(v)
      return href ? { href, label: 'cells.onMap' } : null
    },
  },
}
