import { describe, expect, it } from 'vitest'
import { equirectangular, extentOf, graticule, placeLabels } from './map.ts'

describe('network map geometry', () => {
  it('[NETWORK][MAP]: the extent covers the points and the Western Balkans, on whole degrees', () => {
    const e = extentOf([
      { lat: 62.89, lon: 27.67 },
      { lat: 52.01, lon: 4.7 },
    ])
    expect(e.north).toBeGreaterThan(62.89)
    expect(e.west).toBeLessThan(4.7)
    expect(e.south).toBeLessThanOrEqual(37)
    expect(Number.isInteger(e.west) && Number.isInteger(e.north)).toBe(true)
  })

  it('[NETWORK][MAP]: north is up, east is right, and the drawing fits the width', () => {
    const extent = { west: 10, east: 30, south: 38, north: 48 }
    const p = equirectangular(extent, 800, 20)
    const durres = p.project(41.32, 19.45)
    const prizren = p.project(42.22, 20.74)
    expect(prizren.y).toBeLessThan(durres.y)
    expect(prizren.x).toBeGreaterThan(durres.x)
    expect(p.project(48, 10)).toEqual({ x: 20, y: 20 })
    expect(p.project(38, 30).x).toBeCloseTo(780, 0)
    expect(p.height).toBeGreaterThan(0)
    expect(graticule(extent)).toEqual({ parallels: [40, 45], meridians: [10, 15, 20, 25, 30] })
  })

  it('[NETWORK][MAP]: labels that would overlap are left out', () => {
    const placed = placeLabels([
      { x: 100, y: 100, text: 'Durrës' },
      { x: 104, y: 102, text: 'Tiranë' },
      { x: 300, y: 100, text: 'Prizren' },
    ])
    expect(placed.map((l) => l.text)).toEqual(['Durrës', 'Prizren'])
  })
})
