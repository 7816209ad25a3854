import { describe, expect, it } from 'vitest';
import {
  MAX_BOUNDARY_POINTS,
  MAX_REPORTED_ERRORS,
  boundingBox,
  centroidOf,
  combinedBoundingBox,
  geoJsonErrorMessage,
  formatGeometry,
  parseStoredBoundary,
  validateGeoJson,
  type AreaGeometry,
  type Position,
} from './geojson';
import { decodeMessage } from '@/lib/core/validation-message';

/** A closed square ring around Neulamäki, Kuopio ([lon, lat]). */
function square(lon = 27.62, lat = 62.87, size = 0.01): Position[] {
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return [
    [lon, lat],
    [r(lon + size), lat],
    [r(lon + size), r(lat + size)],
    [lon, r(lat + size)],
    [lon, lat],
  ];
}

const polygon = (ring = square()) => ({ type: 'Polygon', coordinates: [ring] });
const feature = (geometry: unknown, name?: string) => ({ type: 'Feature', properties: name ? { name } : {}, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function errorsOf(input: unknown) {
  const result = validateGeoJson(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateGeoJson: accepted input', () => {
  it('accepts a Polygon given as text and returns it with its bounding box', () => {
    const result = validateGeoJson(JSON.stringify(polygon()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.geometry.type).toBe('Polygon');
    expect(result.pointCount).toBe(5);
    expect(result.bbox).toEqual({ west: 27.62, south: 62.87, east: 27.63, north: 62.88 });
  });

  it('accepts a parsed object as well as text', () => {
    expect(validateGeoJson(polygon()).ok).toBe(true);
  });

  it('accepts a MultiPolygon', () => {
    const result = validateGeoJson({ type: 'MultiPolygon', coordinates: [[square()], [square(27.7, 62.9)]] });
    expect(result.ok && result.geometry.type).toBe('MultiPolygon');
  });

  it('unwraps a single Feature into its Polygon', () => {
    const result = validateGeoJson(feature(polygon()));
    expect(result.ok && result.geometry.type).toBe('Polygon');
  });

  it('keeps a FeatureCollection with one polygon as a Polygon', () => {
    const result = validateGeoJson(collection(feature(polygon())));
    expect(result.ok && result.geometry).toEqual({ type: 'Polygon', coordinates: [square()] });
  });

  it('merges the polygons of several features into one MultiPolygon', () => {
    const result = validateGeoJson(
      collection(feature(polygon()), feature({ type: 'MultiPolygon', coordinates: [[square(27.7, 62.9)], [square(27.8, 62.9)]] })),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.geometry.type).toBe('MultiPolygon');
    expect(result.geometry.coordinates).toHaveLength(3);
  });

  it('drops altitudes and rounds to 6 decimals', () => {
    const ring: number[][] = square().map(([lon, lat]) => [lon + 0.0000001234, lat, 120]);
    const result = validateGeoJson({ type: 'Polygon', coordinates: [ring] });
    expect(result.ok && result.geometry.coordinates[0]).toEqual(square());
  });

  it('accepts polygons with holes', () => {
    const hole = square(27.623, 62.873, 0.002).reverse();
    expect(validateGeoJson({ type: 'Polygon', coordinates: [square(), hole] }).ok).toBe(true);
  });
});

describe('validateGeoJson: errors', () => {
  it('reports text that is not JSON with the line and column', () => {
    const [error] = errorsOf('{\n  "type": "Polygon",\n  coordinates: []\n}');
    expect(error?.key).toBe('invalidJson');
    expect(error?.feature).toBeNull();
    const detail = decodeMessage(String(error?.params.detail));
    expect(detail.key).toBe('jsonPosition');
    expect(detail.params).toEqual({ line: 3, column: 3 });
  });

  it('reports truncated JSON without a position as a syntax error', () => {
    const [error] = errorsOf('{"type": "Polygon"');
    expect(error?.key).toBe('invalidJson');
    expect(decodeMessage(String(error?.params.detail)).key).toBe('jsonSyntax');
  });

  it.each([
    ['a Point', { type: 'Point', coordinates: [27.6, 62.8] }, 'Point'],
    ['a LineString', { type: 'LineString', coordinates: [[27.6, 62.8], [27.7, 62.9]] }, 'LineString'],
    ['a GeometryCollection', { type: 'GeometryCollection', geometries: [] }, 'GeometryCollection'],
    ['an array', [1, 2], 'array'],
    ['a number', 42, 'number'],
    ['null', null, 'null'],
    ['an object without type', { coordinates: [] }, '?'],
  ])('rejects %s with geojsonType', (_label, input, type) => {
    expect(errorsOf(input)).toEqual([{ feature: null, key: 'geojsonType', params: { type } }]);
  });

  it('rejects an empty text, an empty FeatureCollection and a Polygon without rings as empty', () => {
    expect(errorsOf('  ')[0]?.key).toBe('geojsonEmpty');
    expect(errorsOf(collection())[0]?.key).toBe('geojsonEmpty');
    expect(errorsOf({ type: 'Polygon', coordinates: [] })[0]?.key).toBe('geojsonEmpty');
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [] })[0]?.key).toBe('geojsonEmpty');
    expect(errorsOf({ type: 'Polygon' })[0]?.key).toBe('geojsonEmpty');
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [[square()], 'x'] })).toEqual([{ feature: null, key: 'geojsonEmpty', params: {} }]);
  });

  it('rejects a ring that is not closed', () => {
    const open = square().slice(0, 4);
    open.push([27.6, 62.9]);
    expect(errorsOf(polygon(open))).toEqual([{ feature: null, key: 'geojsonRing', params: { ring: '1' } }]);
  });

  it('rejects a ring with fewer than 4 positions', () => {
    const ring: Position[] = [[27.62, 62.87], [27.63, 62.87], [27.62, 62.87]];
    expect(errorsOf(polygon(ring))[0]).toMatchObject({ key: 'geojsonRing', params: { ring: '1' } });
  });

  it('names the ring of a MultiPolygon as polygon.ring', () => {
    const open = square().slice(0, 4);
    expect(errorsOf({ type: 'MultiPolygon', coordinates: [[square()], [square(), open]] })[0]).toMatchObject({
      key: 'geojsonRing',
      params: { ring: '2.2' },
    });
  });

  it('rejects coordinates outside WGS84 and says which one', () => {
    const ring = square();
    ring[2] = [27.63, 95];
    expect(errorsOf(polygon(ring))).toEqual([{ feature: null, key: 'geojsonCoordinate', params: { index: 3, value: '[27.63,95]' } }]);
  });

  it('survives a maliciously deep position', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const ring: unknown[] = square();
    ring[0] = deep;
    expect(errorsOf({ type: 'Polygon', coordinates: [ring] })[0]).toEqual({
      feature: null,
      key: 'geojsonCoordinate',
      params: { index: 1, value: '[[…]]' },
    });
  });

  it('rejects non-numeric coordinates', () => {
    const ring: unknown[] = square();
    ring[1] = ['27.6', 62.8];
    expect(errorsOf({ type: 'Polygon', coordinates: [ring] })[0]).toMatchObject({ key: 'geojsonCoordinate', params: { index: 2 } });
  });

  it('recognises swapped axes as not in Finland', () => {
    const swapped = square().map(([lon, lat]) => [lat, lon] as Position);
    expect(errorsOf(polygon(swapped))).toEqual([{ feature: null, key: 'geojsonNotFinland', params: {} }]);
  });

  it('recognises ETRS-TM35FIN metres as not in Finland rather than listing every coordinate', () => {
    const projected: Position[] = [
      [532_000, 6_975_000],
      [533_000, 6_975_000],
      [533_000, 6_976_000],
      [532_000, 6_975_000],
    ];
    expect(errorsOf(polygon(projected))).toEqual([{ feature: null, key: 'geojsonNotFinland', params: {} }]);
  });

  it('rejects a place outside Finland', () => {
    expect(errorsOf(polygon(square(2.35, 48.85)))[0]?.key).toBe('geojsonNotFinland');
  });

  it('rejects more than the point limit', () => {
    const ring: Position[] = Array.from({ length: MAX_BOUNDARY_POINTS + 1 }, (_, i) => [27 + i / 1e6, 62.8]);
    ring.push(ring[0]!);
    expect(errorsOf(polygon(ring))).toEqual([{ feature: null, key: 'geojsonTooLarge', params: { max: MAX_BOUNDARY_POINTS } }]);
  });
});

describe('validateGeoJson: per-feature reporting', () => {
  it('reports each broken feature with its index and name, and does not blame the valid ones', () => {
    const open = square().slice(0, 4);
    const errors = errorsOf(
      collection(
        feature(polygon(), 'Ok'),
        feature(polygon(open), 'Neulamäki'),
        feature({ type: 'Point', coordinates: [27.6, 62.8] }),
        { type: 'Nonsense' },
      ),
    );
    expect(errors).toEqual([
      { feature: 1, featureName: 'Neulamäki', key: 'geojsonRing', params: { ring: '1' } },
      { feature: 2, key: 'geojsonType', params: { type: 'Point' } },
      { feature: 3, key: 'geojsonType', params: { type: 'Nonsense' } },
    ]);
  });

  it('reports a feature without geometry', () => {
    expect(errorsOf(collection(feature(null)))).toEqual([{ feature: 0, key: 'geojsonType', params: { type: 'null' } }]);
  });

  it('reports at most a few problems per feature and no duplicates', () => {
    const broken = [square().slice(0, 3), square().slice(0, 3), square().slice(0, 3), square().slice(0, 3), square().slice(0, 3)];
    const errors = errorsOf(collection(feature({ type: 'Polygon', coordinates: broken })));
    expect(errors).toHaveLength(3);
    expect(errors.map((e) => e.params.ring)).toEqual(['1', '2', '3']);
  });

  it('stays fast for a huge collection of broken features', () => {
    const text = JSON.stringify(collection(...Array.from({ length: 60_000 }, () => ({ type: 'Feature' }))));
    const started = Date.now();
    const errors = errorsOf(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.at(-1)).toEqual({ feature: null, key: 'geojsonMoreErrors', params: { count: 60_000 - MAX_REPORTED_ERRORS } });
  });

  it('caps the list for files where every feature is broken', () => {
    const features = Array.from({ length: 40 }, () => feature({ type: 'Point', coordinates: [27.6, 62.8] }));
    const errors = errorsOf(collection(...features));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)).toEqual({ feature: null, key: 'geojsonMoreErrors', params: { count: 40 - MAX_REPORTED_ERRORS } });
  });
});

describe('geoJsonErrorMessage', () => {
  it('nests a feature problem in geojsonFeature with a 1-based number and the name', () => {
    const message = geoJsonErrorMessage({ feature: 1, featureName: 'Neulamäki', key: 'geojsonRing', params: { ring: '1' } });
    const decoded = decodeMessage(message);
    expect(decoded.key).toBe('geojsonFeature');
    expect(decoded.params.feature).toBe('2 (Neulamäki)');
    expect(decodeMessage(String(decoded.params.problem))).toEqual({ key: 'geojsonRing', params: { ring: '1' } });
  });

  it('wraps fragment problems of a bare geometry in geojsonGeometry', () => {
    expect(decodeMessage(geoJsonErrorMessage({ feature: null, key: 'geojsonRing', params: { ring: '1' } })).key).toBe('geojsonGeometry');
  });

  it('leaves whole-sentence problems of the input as they are', () => {
    expect(geoJsonErrorMessage({ feature: null, key: 'geojsonEmpty', params: {} })).toBe('geojsonEmpty');
  });
});

describe('geometry helpers', () => {
  const two: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square(27, 62, 1)], [square(29, 62, 1)]] };

  it('computes the bounding box of all polygons', () => {
    expect(boundingBox(two)).toEqual({ west: 27, south: 62, east: 30, north: 63 });
  });

  it('combines bounding boxes and returns null for none', () => {
    expect(combinedBoundingBox([{ type: 'Polygon', coordinates: [square(27, 62, 1)] }, { type: 'Polygon', coordinates: [square(28, 64, 1)] }])).toEqual({
      west: 27,
      south: 62,
      east: 29,
      north: 65,
    });
    expect(combinedBoundingBox([])).toBeNull();
  });

  it('puts the centroid of a square in its middle, whatever the winding order', () => {
    expect(centroidOf({ type: 'Polygon', coordinates: [square(27, 62, 2)] })).toEqual([28, 63]);
    expect(centroidOf({ type: 'Polygon', coordinates: [square(27, 62, 2).reverse()] })).toEqual([28, 63]);
  });

  it('weights the centroid by area and subtracts holes', () => {
    expect(centroidOf(two)).toEqual([28.5, 62.5]);
    const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 4), square(0, 0, 2)] };
    const [x, y] = centroidOf(withHole);
    // Removing the lower-left quarter moves the centroid up and right of (2, 2).
    expect(x).toBeCloseTo(2.333333, 5);
    expect(y).toBeCloseTo(2.333333, 5);
  });

  it('reads stored boundaries leniently', () => {
    expect(parseStoredBoundary(polygon())).toEqual({ type: 'Polygon', coordinates: [square()] });
    expect(parseStoredBoundary(null)).toBeNull();
    expect(parseStoredBoundary({ type: 'Point', coordinates: [1, 2] })).toBeNull();
  });
});

describe('formatGeometry', () => {
  it.each<[string, AreaGeometry]>([
    ['Polygon', { type: 'Polygon', coordinates: [square(), square(27.623, 62.873, 0.002)] }],
    ['MultiPolygon', { type: 'MultiPolygon', coordinates: [[square()], [square(27.7, 62.9)]] }],
  ])('writes a %s as readable JSON that validates back to the same geometry', (_type, geometry) => {
    const text = formatGeometry(geometry);
    expect(text.split('\n').length).toBeGreaterThan(3);
    const result = validateGeoJson(text);
    expect(result.ok && result.geometry).toEqual(geometry);
  });
});
