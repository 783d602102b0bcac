import { describe, expect, it } from 'vitest'
import cases from './geolocation.cases.json'
import { GeoTextError, mapUrl, parsePoint, pointText, readPoint } from './geolocation'

// The cases tests/test_column_types.py runs against the server's parse_point and point_text.
describe('geolocation text, as the server reads and writes it', () => {
  it.each(cases.parses as [string, { lat: number; lng: number; address?: string }][])('reads %j', (text, expected) => {
    expect(parsePoint(text)).toEqual(expected)
    expect(parsePoint(pointText(expected))).toEqual(expected)
  })
  it.each(cases.refused as [string, string][])('refuses %j naming %s', (text, part) => {
    let error: unknown = null
    try {
      parsePoint(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(GeoTextError)
    expect((error as GeoTextError).part).toBe(part)
  })
  it.each(cases.texts as [{ lat: number; lng: number; address?: string }, string][])('writes %j as %j', (value, text) => {
    expect(pointText(value)).toBe(text)
  })
  it('reads blank text as no value', () => {
    expect(parsePoint('  ')).toBeNull()
    expect(pointText(null)).toBe('')
  })
})

// The cell itself (no DOM here) is checked in tests/browser/test_geolocation.py.
describe('geolocation in the interface', () => {
  const t = (key: string, args?: Record<string, unknown>) => `${key}:${args?.text ?? ''}`
  it('says which part is wrong in the interface language', () => {
    expect(() => readPoint('91, 0', t)).toThrow('cells.geoLat:91')
    expect(() => readPoint('0, 181', t)).toThrow('cells.geoLng:181')
    expect(() => readPoint('Москва', t)).toThrow('cells.geoFormat:Москва')
  })
  it('links the point on OpenStreetMap', () => {
    expect(mapUrl({ lat: 55.7558, lng: 37.6173 })).toBe('https://www.openstreetmap.org/?mlat=55.7558&mlon=37.6173#map=16/55.7558/37.6173')
    expect(mapUrl('55, 37')).toBeNull()
  })
})
