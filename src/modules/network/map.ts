import { and, asc, eq, isNotNull, or } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { type OrganisationType, organisations } from '../organisations/index.ts'
import { directoryReader } from './access.ts'
import { partnerships, twinningPairs } from './schema.ts'

export type MapOrganisation = {
  id: string
  name: LocalizedText
  defaultLocale: string
  type: OrganisationType
  country: string
  city: string
  lat: number
  lon: number
  isExternal: boolean
}

export type MapLink = { kind: 'partnership' | 'twinning'; fromId: string; toId: string }

export type MapData = {
  tenantId: string | null
  organisations: MapOrganisation[]
  links: MapLink[]
}

/**
 * What the network map shows: every organisation with coordinates, the active organisation's
 * agreements as lines and the twinning pairs it belongs to (nobody else's).
 */
export async function getMapData(ctx: Ctx): Promise<MapData> {
  const actor = directoryReader(ctx)
  const rows = await ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      type: organisations.type,
      country: organisations.country,
      city: organisations.city,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      isExternal: organisations.isExternal,
    })
    .from(organisations)
    .where(and(isNotNull(organisations.latitude), isNotNull(organisations.longitude)))
    .orderBy(asc(organisations.country), asc(organisations.slug))
    .limit(5000)
  const tenantId = actor.tenantId
  // A platform administrator without an organisation sees the organisations only.
  const agreements = tenantId
    ? await ctx.db
        .selectDistinct({ partnerId: partnerships.partnerId })
        .from(partnerships)
        .where(eq(partnerships.tenantId, tenantId))
    : []
  const pairs = tenantId
    ? await ctx.db
        .select({ coachId: twinningPairs.coachId, coachedId: twinningPairs.coachedId })
        .from(twinningPairs)
        .where(or(eq(twinningPairs.coachId, tenantId), eq(twinningPairs.coachedId, tenantId)))
    : []
  return {
    tenantId,
    organisations: rows.map(({ latitude, longitude, ...r }) => ({
      ...r,
      lat: Number(latitude),
      lon: Number(longitude),
    })),
    links: [
      ...agreements.map((a) => ({
        kind: 'partnership' as const,
        fromId: tenantId!,
        toId: a.partnerId,
      })),
      ...pairs.map((p) => ({ kind: 'twinning' as const, fromId: p.coachId, toId: p.coachedId })),
    ],
  }
}

export type Extent = { west: number; east: number; south: number; north: number }

/** Europe's south-east at least, so that a single school still shows where it is. */
const MIN_EXTENT: Extent = { west: 12, east: 25, south: 38, north: 47 }

/** The area to draw: the points and the Western Balkans, with a margin, on whole degrees. */
export function extentOf(points: { lat: number; lon: number }[]): Extent {
  const lats = [MIN_EXTENT.south, MIN_EXTENT.north, ...points.map((p) => p.lat)]
  const lons = [MIN_EXTENT.west, MIN_EXTENT.east, ...points.map((p) => p.lon)]
  return {
    west: Math.floor(Math.min(...lons) - 1.5),
    east: Math.ceil(Math.max(...lons) + 1.5),
    south: Math.floor(Math.min(...lats) - 1),
    north: Math.ceil(Math.max(...lats) + 1),
  }
}

export type Projection = {
  width: number
  height: number
  project(lat: number, lon: number): { x: number; y: number }
}

/**
 * An equirectangular projection whose standard parallel is the middle of the extent: longitudes
 * shrink by cos(φ₀) so shapes at European latitudes are not stretched sideways.
 */
export function equirectangular(extent: Extent, width = 800, margin = 28): Projection {
  const mid = ((extent.south + extent.north) / 2) * (Math.PI / 180)
  const xSpan = (extent.east - extent.west) * Math.cos(mid)
  const ySpan = extent.north - extent.south
  const scale = (width - 2 * margin) / xSpan
  const height = Math.round(ySpan * scale + 2 * margin)
  return {
    width,
    height,
    project: (lat, lon) => ({
      x: round(margin + (lon - extent.west) * Math.cos(mid) * scale),
      y: round(margin + (extent.north - lat) * scale),
    }),
  }
}

const round = (n: number) => Math.round(n * 10) / 10

/** Graticule lines every `step` degrees inside the extent. */
export function graticule(extent: Extent, step = 5) {
  const from = (a: number) => Math.ceil(a / step) * step
  const parallels: number[] = []
  for (let lat = from(extent.south); lat <= extent.north; lat += step) parallels.push(lat)
  const meridians: number[] = []
  for (let lon = from(extent.west); lon <= extent.east; lon += step) meridians.push(lon)
  return { parallels, meridians }
}

/**
 * Labels that do not overlap: a label is placed right of its point and skipped when it would
 * cover one already placed (a rough box of 7 px per character, 14 px high).
 */
export function placeLabels<T extends { x: number; y: number; text: string }>(items: T[]): T[] {
  const placed: { x1: number; x2: number; y1: number; y2: number }[] = []
  const out: T[] = []
  for (const item of items) {
    const box = {
      x1: item.x + 5,
      x2: item.x + 7 + item.text.length * 7,
      y1: item.y - 9,
      y2: item.y + 5,
    }
    const overlaps = placed.some(
      (b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1,
    )
    if (overlaps) continue
    placed.push(box)
    out.push(item)
  }
  return out
}
