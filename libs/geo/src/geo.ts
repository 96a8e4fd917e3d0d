// Great-circle geometry (haversine, R = 6371 km, docs/domain.md §6).
// Erasable TypeScript only: matching's scoring worker threads load this file directly.

export const EARTH_RADIUS_KM = 6371;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle distance in km. Plain numbers, not points: the matching engine
 * calls this in its inner loop on typed-array values. The reference scorer and
 * the engine both pass (position, candidate centre) in that order, so they get
 * the very same double and filter "exactly at maxCommuteKm" identically.
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS_PER_DEGREE;
  const dLon = (lon2 - lon1) * RADIANS_PER_DEGREE;
  const sinLat = Math.sin(dLat / 2);
  const sinLon = Math.sin(dLon / 2);
  const a = sinLat * sinLat + Math.cos(lat1 * RADIANS_PER_DEGREE) * Math.cos(lat2 * RADIANS_PER_DEGREE) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * A box that contains every point within `radiusKm` of the centre: an
 * index-friendly prefilter before the exact haversine test. Longitude degrees
 * shrink with cos(latitude); the box is widened at its polar edge for that.
 */
export function boundingBox(centre: { latitude: number; longitude: number }, radiusKm: number): BoundingBox {
  const latitudeDelta = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const minLatitude = Math.max(-90, centre.latitude - latitudeDelta);
  const maxLatitude = Math.min(90, centre.latitude + latitudeDelta);
  const widestLatitude = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
  const cosine = Math.cos((widestLatitude * Math.PI) / 180);
  const longitudeDelta = cosine < 1e-6 ? 180 : Math.min(180, latitudeDelta / cosine);
  return {
    minLatitude,
    maxLatitude,
    minLongitude: Math.max(-180, centre.longitude - longitudeDelta),
    maxLongitude: Math.min(180, centre.longitude + longitudeDelta),
  };
}
