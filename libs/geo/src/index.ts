export { boundingBox, type BoundingBox, EARTH_RADIUS_KM, haversineKm } from './geo.js';
