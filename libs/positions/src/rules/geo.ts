/** Great-circle distances (haversine, R = 6371 km, docs/domain.md §6). */
export const EARTH_RADIUS_KM = 6371;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
  const cosine = Math.cos(radians(widestLatitude));
  const longitudeDelta = cosine < 1e-6 ? 180 : Math.min(180, latitudeDelta / cosine);
  return {
    minLatitude,
    maxLatitude,
    minLongitude: Math.max(-180, centre.longitude - longitudeDelta),
    maxLongitude: Math.min(180, centre.longitude + longitudeDelta),
  };
}
