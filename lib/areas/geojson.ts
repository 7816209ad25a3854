/**
 * Validation and normalization of area boundaries given as GeoJSON (RFC 7946). Pure: runs in the browser (live
 * feedback in the admin form), in the zod schema and on the server alike.
 *
 * Accepted: a Polygon or MultiPolygon geometry, a Feature holding one, or a FeatureCollection of such features (what
 * GIS tools and geojson.io export). Everything becomes ONE geometry: a Polygon when there is exactly one polygon,
 * otherwise a MultiPolygon. Problems are reported per feature so that an admin can find the broken one in a file.
 */
import { encodeMessage, type MessageParams } from '@/lib/core/validation-message';
import { jsonErrorPosition } from './json-error-position';

export type Position = [number, number];
export type PolygonGeometry = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygonGeometry = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** West, south, east, north in degrees (the order of a GeoJSON bbox). */
export type BoundingBox = { west: number; south: number; east: number; north: number };

/** Keys of messages/<locale>/validation.json. */
export type GeoJsonErrorKey =
  | 'invalidJson'
  | 'geojsonType'
  | 'geojsonRing'
  | 'geojsonCoordinate'
  | 'geojsonEmpty'
  | 'geojsonTooLarge'
  | 'geojsonNotFinland'
  | 'geojsonMoreErrors';

/**
 * One problem; `feature` is the 0-based index in a FeatureCollection (null for the input as a whole) and
 * `featureName` the feature's own name property when it has one, to help find it in a file.
 */
export type GeoJsonError = { feature: number | null; featureName?: string; key: GeoJsonErrorKey; params: MessageParams };

export type GeoJsonResult =
  | { ok: true; geometry: AreaGeometry; bbox: BoundingBox; pointCount: number }
  | { ok: false; errors: GeoJsonError[] };

/** A boundary with more points than this is slow to send and draw; the admin is asked to simplify it. */
export const MAX_BOUNDARY_POINTS = 20_000;
/** One feature rarely has more than a couple of distinct problems worth reading; the rest is noise. */
const MAX_ERRORS_PER_FEATURE = 3;
/** Keeps the error list readable for a file where every feature is broken. */
export const MAX_REPORTED_ERRORS = 25;

/**
 * Finland with a margin. A coordinate outside this box almost always means swapped axes (lat, lon) or projected
 * ETRS-TM35FIN metres (the Finnish national grid) rather than a real place outside the country.
 */
export const FINLAND_BBOX: BoundingBox = { west: 19, south: 59, east: 32, north: 71 };
/** ETRS-TM35FIN easting/northing ranges covering Finland, to recognise projected data and say so. */
const TM35FIN = { minX: 40_000, maxX: 800_000, minY: 6_500_000, maxY: 7_900_000 };

/** 6 decimals of a degree is about 10 cm: more precision only makes the stored boundary larger. */
const PRECISION = 1e6;

class TooLarge extends Error {}

type Context = {
  feature: number | null;
  featureName?: string;
  /** Problems to report, at most MAX_REPORTED_ERRORS; `omitted` counts the rest. */
  errors: GeoJsonError[];
  omitted: number;
  /** Problems of the current feature, for the per-feature limit (constant work per problem, whatever the input). */
  featureErrors: GeoJsonError[];
  points: number;
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'object') return typeof value;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && type.length > 0 ? type.slice(0, 40) : '?';
}

function addError(ctx: Context, key: GeoJsonErrorKey, params: MessageParams = {}) {
  const repeated = ctx.featureErrors.some((e) => e.key === key && JSON.stringify(e.params) === JSON.stringify(params));
  if (repeated || ctx.featureErrors.length >= MAX_ERRORS_PER_FEATURE) return;
  const error: GeoJsonError = ctx.featureName
    ? { feature: ctx.feature, featureName: ctx.featureName, key, params }
    : { feature: ctx.feature, key, params };
  ctx.featureErrors.push(error);
  if (ctx.errors.length < MAX_REPORTED_ERRORS) ctx.errors.push(error);
  else ctx.omitted += 1;
}

/** The name a GIS file gives a feature (properties.name / nimi / namn), shortened for a message. */
function featureNameOf(feature: Record<string, unknown>): string | undefined {
  const properties = feature.properties;
  if (!isObject(properties)) return undefined;
  const name = [properties.name, properties.nimi, properties.namn, properties.NAME, properties.Name].find(
    (v): v is string => typeof v === 'string' && v.trim().length > 0,
  );
  if (!name) return undefined;
  const trimmed = name.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A short rendering of a bad position for the message. Deliberately shallow: a maliciously deep array must not
 * reach JSON.stringify or Array#toString, which recurse and would overflow the stack.
 */
function showPosition(value: unknown): string {
  const part = (v: unknown): string => {
    if (typeof v === 'string') return JSON.stringify(v.slice(0, 20));
    if (Array.isArray(v)) return '[…]';
    if (v && typeof v === 'object') return '{…}';
    return String(v);
  };
  const text = Array.isArray(value) ? `[${value.slice(0, 4).map(part).join(',')}${value.length > 4 ? ',…' : ''}]` : part(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function round(n: number): number {
  return Math.round(n * PRECISION) / PRECISION;
}

function looksProjected(x: number, y: number): boolean {
  return x >= TM35FIN.minX && x <= TM35FIN.maxX && y >= TM35FIN.minY && y <= TM35FIN.maxY;
}

/**
 * Checks one ring; returns it as [lon, lat] pairs (altitude dropped, rounded) or null. `label` names the ring for
 * the message ("2", or "3.2" for the second ring of the third polygon of a MultiPolygon). `ordinal` counts the
 * positions of the feature so that a coordinate error points at "coordinate 17" of that feature.
 */
function readRing(raw: unknown, label: string, ctx: Context, ordinal: { n: number }): Position[] | null {
  if (!Array.isArray(raw)) {
    addError(ctx, 'geojsonRing', { ring: label });
    return null;
  }
  ctx.points += raw.length;
  if (ctx.points > MAX_BOUNDARY_POINTS) throw new TooLarge();
  const ring: Position[] = [];
  let valid = true;
  let reportedCoordinate = false;
  let projected = false;
  for (const position of raw) {
    ordinal.n += 1;
    const lon = Array.isArray(position) ? position[0] : undefined;
    const lat = Array.isArray(position) ? position[1] : undefined;
    const numeric = typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat);
    if (numeric && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
      ring.push([round(lon), round(lat)]);
      continue;
    }
    valid = false;
    if (numeric && looksProjected(lon, lat)) {
      projected = true;
    } else if (!reportedCoordinate) {
      // The first bad coordinate of a ring is enough to find the problem; listing all of them is noise.
      reportedCoordinate = true;
      addError(ctx, 'geojsonCoordinate', { index: ordinal.n, value: showPosition(position) });
    }
  }
  if (projected) addError(ctx, 'geojsonNotFinland');
  if (!valid) return null;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    addError(ctx, 'geojsonRing', { ring: label });
    return null;
  }
  return ring;
}

/** Checks the rings of one polygon; `prefix` is set for polygons of a MultiPolygon ("3." → rings "3.1", "3.2"). */
function readPolygon(raw: unknown, prefix: string, ctx: Context, ordinal: { n: number }): Position[][] | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    addError(ctx, 'geojsonEmpty');
    return null;
  }
  const rings = raw.map((ring, i) => readRing(ring, `${prefix}${i + 1}`, ctx, ordinal));
  return rings.every((r): r is Position[] => r !== null) ? rings : null;
}

function insideFinland(polygons: Position[][][]): boolean {
  return polygons.every((polygon) =>
    polygon.every((ring) =>
      ring.every(
        ([lon, lat]) => lon >= FINLAND_BBOX.west && lon <= FINLAND_BBOX.east && lat >= FINLAND_BBOX.south && lat <= FINLAND_BBOX.north,
      ),
    ),
  );
}

/** The polygons of one Polygon/MultiPolygon geometry, or null after recording its problems. */
function readGeometry(raw: unknown, ctx: Context): Position[][][] | null {
  const type = describeType(raw);
  if (!isObject(raw) || (type !== 'Polygon' && type !== 'MultiPolygon')) {
    addError(ctx, 'geojsonType', { type });
    return null;
  }
  const ordinal = { n: 0 };
  let polygons: Position[][][] | null;
  if (type === 'Polygon') {
    const polygon = readPolygon(raw.coordinates, '', ctx, ordinal);
    polygons = polygon ? [polygon] : null;
  } else if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0) {
    addError(ctx, 'geojsonEmpty');
    polygons = null;
  } else {
    const read = raw.coordinates.map((p, i) => readPolygon(p, `${i + 1}.`, ctx, ordinal));
    polygons = read.every((p): p is Position[][] => p !== null) ? read : null;
  }
  if (polygons && !insideFinland(polygons)) {
    addError(ctx, 'geojsonNotFinland');
    return null;
  }
  return polygons;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: GeoJsonError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const where = jsonErrorPosition(text);
    // The detail is itself a message key so that the whole message is localized (see geoJsonErrorMessage).
    const detail = where ? encodeMessage('jsonPosition', where) : encodeMessage('jsonSyntax');
    return { ok: false, error: { feature: null, key: 'invalidJson', params: { detail } } };
  }
}

/**
 * Validates a boundary given as JSON text or as an already parsed value and normalizes it into one Polygon or
 * MultiPolygon in WGS84 [lon, lat] order.
 */
export function validateGeoJson(input: unknown): GeoJsonResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, errors: [{ feature: null, key: 'geojsonEmpty', params: {} }] };
    const parsed = parseJson(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    value = parsed.value;
  }

  const ctx: Context = { feature: null, errors: [], omitted: 0, featureErrors: [], points: 0 };
  const polygons: Position[][][] = [];
  try {
    const type = describeType(value);
    if (type === 'FeatureCollection' && isObject(value)) {
      const features = value.features;
      if (!Array.isArray(features) || features.length === 0) {
        addError(ctx, 'geojsonEmpty');
      } else {
        features.forEach((feature, index) => {
          ctx.feature = index;
          ctx.featureName = isObject(feature) ? featureNameOf(feature) : undefined;
          ctx.featureErrors = [];
          if (!isObject(feature) || feature.type !== 'Feature') {
            addError(ctx, 'geojsonType', { type: describeType(feature) });
            return;
          }
          polygons.push(...(readGeometry(feature.geometry, ctx) ?? []));
        });
      }
    } else if (type === 'Feature' && isObject(value)) {
      polygons.push(...(readGeometry(value.geometry, ctx) ?? []));
    } else {
      polygons.push(...(readGeometry(value, ctx) ?? []));
    }
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, errors: [{ feature: null, key: 'geojsonTooLarge', params: { max: MAX_BOUNDARY_POINTS } }] };
    }
    throw error;
  }

  if (ctx.omitted > 0) {
    return { ok: false, errors: [...ctx.errors, { feature: null, key: 'geojsonMoreErrors', params: { count: ctx.omitted } }] };
  }
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  if (polygons.length === 0) return { ok: false, errors: [{ feature: null, key: 'geojsonEmpty', params: {} }] };
  const [only] = polygons;
  const geometry: AreaGeometry =
    polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
  return { ok: true, geometry, bbox: boundingBox(geometry), pointCount: countPositions(geometry) };
}

/** The polygons of a geometry, whatever its type. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function countPositions(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length, 0), 0);
}

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        box.west = Math.min(box.west, lon);
        box.east = Math.max(box.east, lon);
        box.south = Math.min(box.south, lat);
        box.north = Math.max(box.north, lat);
      }
    }
  }
  return box;
}

/** The bounding box of several geometries (for an overview map), or null when there are none. */
export function combinedBoundingBox(geometries: readonly AreaGeometry[]): BoundingBox | null {
  if (geometries.length === 0) return null;
  return geometries.map(boundingBox).reduce((a, b) => ({
    west: Math.min(a.west, b.west),
    south: Math.min(a.south, b.south),
    east: Math.max(a.east, b.east),
    north: Math.max(a.north, b.north),
  }));
}

/** Twice the signed area of a ring and the matching centroid sums (shoelace formula, planar in degrees). */
function ringMoments(ring: Position[]): { area2: number; cx: number; cy: number } {
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area2, cx, cy };
}

/**
 * The area-weighted centroid [lon, lat], holes subtracted. Planar in degrees, which is accurate enough for placing
 * a label or centring a map on areas the size of a municipality. Falls back to the bounding-box centre for
 * degenerate (zero-area) input.
 */
export function centroidOf(geometry: AreaGeometry): Position {
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      const m = ringMoments(ring);
      // Outer rings add and holes subtract, whatever the winding order of the input.
      const sign = (index === 0 ? 1 : -1) * Math.sign(m.area2);
      area2 += sign * m.area2;
      cx += sign * m.cx;
      cy += sign * m.cy;
    });
  }
  if (Math.abs(area2) < 1e-15) {
    const box = boundingBox(geometry);
    return [(box.west + box.east) / 2, (box.south + box.north) / 2];
  }
  return [round(cx / (3 * area2)), round(cy / (3 * area2))];
}

/**
 * Reads a stored boundary (a JSON column) for display. Rows written by this code are valid; anything else (manual
 * edits, an older import) reads as "no boundary" instead of breaking the page.
 */
export function parseStoredBoundary(value: unknown): AreaGeometry | null {
  if (value === null || value === undefined) return null;
  const result = validateGeoJson(value);
  return result.ok ? result.geometry : null;
}

/** A short description of a boundary for the audit log, which should not hold megabytes of coordinates. */
export function boundarySummary(geometry: AreaGeometry | null) {
  if (!geometry) return null;
  return { type: geometry.type, polygons: polygonsOf(geometry).length, points: countPositions(geometry), bbox: boundingBox(geometry) };
}

/** Problems that read as fragments ("ring 2 is not closed") and need the feature or "boundary" in front of them. */
const FRAGMENT_KEYS: ReadonlySet<GeoJsonErrorKey> = new Set(['geojsonRing', 'geojsonCoordinate']);

/**
 * The error as an encoded validation message (see lib/core/validation-message.ts). A feature's problem is nested
 * as the `problem` parameter of "geojsonFeature" ("Feature 2 (Neulamäki): ring 1 is not closed …"); the UI
 * translates nested messages in `problem` and `detail` parameters first.
 */
export function geoJsonErrorMessage(error: GeoJsonError): string {
  const problem = encodeMessage(error.key, error.params);
  if (error.feature !== null) {
    const feature = error.featureName ? `${error.feature + 1} (${error.featureName})` : String(error.feature + 1);
    return encodeMessage('geojsonFeature', { feature, problem });
  }
  return FRAGMENT_KEYS.has(error.key) ? encodeMessage('geojsonGeometry', { problem }) : problem;
}

/**
 * A stored geometry as text for the edit form: one ring per line, so the text stays readable and editable without
 * putting each of thousands of numbers on its own line (what JSON.stringify with indentation would do).
 */
export function formatGeometry(geometry: AreaGeometry): string {
  const ring = (r: Position[]) => JSON.stringify(r);
  const polygon = (p: Position[][], indent: string) => `[\n${p.map((r) => `${indent}  ${ring(r)}`).join(',\n')}\n${indent}]`;
  const coordinates =
    geometry.type === 'Polygon'
      ? polygon(geometry.coordinates, '  ')
      : `[\n${geometry.coordinates.map((p) => `    ${polygon(p, '    ')}`).join(',\n')}\n  ]`;
  return `{\n  "type": "${geometry.type}",\n  "coordinates": ${coordinates}\n}`;
}
