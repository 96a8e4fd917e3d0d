import { describe, expect, it } from '@jest/globals';
import { boundingBox, haversineKm } from './geo.js';

const AARHUS = { latitude: 56.1572, longitude: 10.2107 };
const KOBENHAVN = { latitude: 55.6761, longitude: 12.5683 };
type Point = { latitude: number; longitude: number };
const km = (a: Point, b: Point) => haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);

describe('great-circle distance', () => {
  it('measures one degree of a meridian as 111.19 km and Aarhus–København as about 156 km', () => {
    expect(haversineKm(0, 10, 1, 10)).toBeCloseTo(111.195, 3);
    expect(km(AARHUS, KOBENHAVN)).toBeGreaterThan(155);
    expect(km(AARHUS, KOBENHAVN)).toBeLessThan(158);
    expect(km(AARHUS, AARHUS)).toBe(0);
  });

  it('keeps every point within the radius inside the bounding box', () => {
    let checked = 0;
    for (const radius of [1, 25, 150]) {
      const box = boundingBox(AARHUS, radius);
      for (let bearing = 0; bearing < 360; bearing += 15) {
        // A point just inside the radius in each direction (equirectangular step, then checked exactly).
        const rad = (bearing * Math.PI) / 180;
        const point = {
          latitude: AARHUS.latitude + ((radius * 0.999 * Math.cos(rad)) / 6371) * (180 / Math.PI),
          longitude:
            AARHUS.longitude + ((radius * 0.999 * Math.sin(rad)) / (6371 * Math.cos((AARHUS.latitude * Math.PI) / 180))) * (180 / Math.PI),
        };
        if (km(AARHUS, point) > radius) continue;
        checked += 1;
        expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
        expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
        expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
        expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
      }
    }
    // Of 3 radii × 24 bearings most lie inside; the skip above must not leave the loop asserting nothing.
    expect(checked).toBeGreaterThan(36);
  });

  it('stays within the globe near the poles', () => {
    expect(boundingBox({ latitude: 89.9, longitude: 0 }, 100)).toMatchObject({ maxLatitude: 90, minLongitude: -180, maxLongitude: 180 });
  });
});
