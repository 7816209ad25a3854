/**
 * Whether a pin lies within an area's boundary (GeoJSON Polygon or MultiPolygon in WGS84, as lib/areas/geojson.ts
 * stores it). Ray casting on longitude/latitude: areas are neighbourhoods a few kilometres across, where treating
 * degrees as planar coordinates errs by far less than a pin's own inaccuracy. Holes (inner rings) exclude.
 */
type Ring = readonly (readonly number[])[];
type Boundary = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole));
}

function asBoundary(value: unknown): Boundary | null {
  if (!value || typeof value !== 'object') return null;
  const b = value as { type?: unknown; coordinates?: unknown };
  if ((b.type === 'Polygon' || b.type === 'MultiPolygon') && Array.isArray(b.coordinates)) return b as Boundary;
  return null;
}

export function pinInBoundary(point: { latitude: number; longitude: number }, boundary: unknown): boolean {
  const b = asBoundary(boundary);
  if (!b) return false;
  const polygons = b.type === 'Polygon' ? [b.coordinates] : b.coordinates;
  return polygons.some((rings) => inPolygon(point.longitude, point.latitude, rings));
}

/**
 * The rule for an idea's pin: inside its own area when that area has a boundary; otherwise inside any of the
 * municipality's areas that have one. Without any boundaries there is nothing to place a pin against, so pins are
 * refused and the typed place description is the way to say where.
 */
export function pinAllowed(point: { latitude: number; longitude: number }, ownBoundary: unknown, organizationBoundaries: readonly unknown[]): boolean {
  if (asBoundary(ownBoundary)) return pinInBoundary(point, ownBoundary);
  return organizationBoundaries.some((b) => pinInBoundary(point, b));
}
