/** Earth radius of the distance rule (docs/domain.md §6). */
export const EARTH_RADIUS_KM = 6371;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle distance in km. The reference scorer and the engine both call
 * this with (position, candidate centre) in that order, so they get the very
 * same double and filter "exactly at maxCommuteKm" identically.
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS_PER_DEGREE;
  const dLon = (lon2 - lon1) * RADIANS_PER_DEGREE;
  const sinLat = Math.sin(dLat / 2);
  const sinLon = Math.sin(dLon / 2);
  const a =
    sinLat * sinLat + Math.cos(lat1 * RADIANS_PER_DEGREE) * Math.cos(lat2 * RADIANS_PER_DEGREE) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
