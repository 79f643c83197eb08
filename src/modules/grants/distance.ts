/** A point on the map in decimal degrees (WGS 84). */
export type LatLon = { lat: number; lon: number }

/** The mean Earth radius that reproduces the Programme Guide's own examples (see rules README). */
export const EARTH_RADIUS_KM = 6371.0

const rad = (deg: number) => (deg * Math.PI) / 180

/**
 * One-way great-circle distance by the haversine formula. Only ever an ESTIMATE: the European
 * Commission's distance calculator gives the official figure and does not publish its formula.
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Kilometres to two decimals, as the EC calculator shows them (1365.28). */
export function roundKm(km: number): number {
  return Math.round(km * 100) / 100
}
