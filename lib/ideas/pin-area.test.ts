import { describe, expect, it } from 'vitest';
import { pinAllowed, pinInBoundary } from './pin-area';

const square = { type: 'Polygon', coordinates: [[[27.6, 62.8], [27.8, 62.8], [27.8, 62.9], [27.6, 62.9], [27.6, 62.8]]] };
const withHole = {
  type: 'Polygon',
  coordinates: [square.coordinates[0], [[27.65, 62.82], [27.7, 62.82], [27.7, 62.86], [27.65, 62.86], [27.65, 62.82]]],
};

describe('pins within areas', () => {
  it('finds a point inside and outside a polygon', () => {
    expect(pinInBoundary({ latitude: 62.85, longitude: 27.75 }, square)).toBe(true);
    expect(pinInBoundary({ latitude: 62.95, longitude: 27.75 }, square)).toBe(false);
    expect(pinInBoundary({ latitude: 60.17, longitude: 24.94 }, square)).toBe(false);
  });

  it('excludes holes and reads multipolygons', () => {
    expect(pinInBoundary({ latitude: 62.84, longitude: 27.67 }, withHole)).toBe(false);
    expect(pinInBoundary({ latitude: 62.84, longitude: 27.75 }, withHole)).toBe(true);
    const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, [[[25, 60], [25.1, 60], [25.1, 60.1], [25, 60.1], [25, 60]]]] };
    expect(pinInBoundary({ latitude: 60.05, longitude: 25.05 }, multi)).toBe(true);
  });

  it('treats anything that is not a polygon as no boundary', () => {
    expect(pinInBoundary({ latitude: 62.85, longitude: 27.75 }, null)).toBe(false);
    expect(pinInBoundary({ latitude: 62.85, longitude: 27.75 }, { type: 'Point', coordinates: [27, 62] })).toBe(false);
  });

  it('uses the idea\'s own area when it has a boundary, else any of the municipality\'s', () => {
    const elsewhere = { type: 'Polygon', coordinates: [[[25, 60], [25.1, 60], [25.1, 60.1], [25, 60.1], [25, 60]]] };
    expect(pinAllowed({ latitude: 60.05, longitude: 25.05 }, square, [square, elsewhere])).toBe(false);
    expect(pinAllowed({ latitude: 60.05, longitude: 25.05 }, null, [square, elsewhere])).toBe(true);
    expect(pinAllowed({ latitude: 50, longitude: 10 }, null, [square, elsewhere])).toBe(false);
    expect(pinAllowed({ latitude: 62.85, longitude: 27.75 }, null, [])).toBe(false);
  });
});
