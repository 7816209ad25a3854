/**
 * Kuopio's areas for the demo. Boundaries are APPROXIMATE rectangles-ish polygons drawn around each
 * neighbourhood or rural area's centre (marked isBoundaryApproximate); they are not official city boundaries.
 * Rural areas are the eight areas with a rural council (maaseuturaati) in the Meidän Kuopio model (seed 000).
 */
import type { AreaKind } from '../../generated/prisma/enums';

export type SeedArea = {
  slug: string;
  kind: AreaKind;
  name: { fi: string; sv?: string; en?: string };
  description?: { fi: string; sv?: string; en?: string };
  /** Centre [lon, lat] and half-size in degrees of the approximate boundary. */
  centre: [number, number];
  halfSize: [number, number];
};

/** An eight-cornered polygon around a centre, so approximate areas do not look like exact plots. */
export function approximatePolygon([lon, lat]: [number, number], [dx, dy]: [number, number]) {
  const corners: [number, number][] = [
    [-1, -0.6], [-0.6, -1], [0.6, -1], [1, -0.6], [1, 0.6], [0.6, 1], [-0.6, 1], [-1, 0.6],
  ];
  const ring = corners.map(([x, y]) => [round(lon + x * dx), round(lat + y * dy)]);
  ring.push(ring[0]!);
  return { type: 'Polygon' as const, coordinates: [ring] };
}

function round(n: number) {
  return Math.round(n * 1e5) / 1e5;
}

export const kuopioAreas: SeedArea[] = [
  {
    slug: 'keskusta', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Keskusta', sv: 'Centrum', en: 'City centre' },
    description: { fi: 'Kuopion ydinkeskusta torin ympärillä.', sv: 'Kuopios centrum kring torget.', en: 'The centre of Kuopio around the market square.' },
    centre: [27.678, 62.893], halfSize: [0.016, 0.007],
  },
  {
    slug: 'mannisto', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Männistö' },
    description: { fi: 'Keskustan pohjoispuolinen kaupunginosa Kallaveden rannalla.', sv: 'Stadsdel norr om centrum vid Kallavesi.', en: 'A district north of the centre on the shore of Lake Kallavesi.' },
    centre: [27.683, 62.905], halfSize: [0.014, 0.006],
  },
  {
    slug: 'puijonlaakso', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Puijonlaakso' },
    description: { fi: 'Puijon juurella sijaitseva kerrostalolähiö.', sv: 'Förort med flervåningshus vid foten av Puijo.', en: 'A neighbourhood of apartment blocks at the foot of Puijo hill.' },
    centre: [27.645, 62.907], halfSize: [0.015, 0.006],
  },
  {
    slug: 'rahusenkangas', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Rahusenkangas' },
    centre: [27.612, 62.889], halfSize: [0.013, 0.006],
  },
  {
    slug: 'neulamaki', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Neulamäki' },
    description: {
      fi: 'Lähiö keskustan lounaispuolella. Lähiöohjelman pilottialue 2026.',
      sv: 'Förort sydväst om centrum. Pilotområde i förortsprogrammet 2026.',
      en: 'A neighbourhood south-west of the centre. Pilot area of the neighbourhood programme 2026.',
    },
    centre: [27.625, 62.870], halfSize: [0.016, 0.007],
  },
  {
    slug: 'petonen', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Petonen' },
    description: {
      fi: 'Eteläinen kaupunginosa. Lähiöohjelman pilottialue 2026.',
      sv: 'Stadsdel i söder. Pilotområde i förortsprogrammet 2026.',
      en: 'A southern district. Pilot area of the neighbourhood programme 2026.',
    },
    centre: [27.660, 62.826], halfSize: [0.018, 0.008],
  },
  {
    slug: 'saaristokaupunki', kind: 'NEIGHBOURHOOD',
    name: { fi: 'Saaristokaupunki', sv: 'Skärgårdsstaden', en: 'Saaristokaupunki (Archipelago City)' },
    centre: [27.703, 62.853], halfSize: [0.017, 0.008],
  },
  { slug: 'etela-kuopio', kind: 'RURAL_AREA', name: { fi: 'Etelä-Kuopio', sv: 'Södra Kuopio', en: 'South Kuopio' }, centre: [27.70, 62.72], halfSize: [0.20, 0.07] },
  { slug: 'juankoski', kind: 'RURAL_AREA', name: { fi: 'Juankoski' }, centre: [28.35, 63.07], halfSize: [0.20, 0.08] },
  { slug: 'karttula', kind: 'RURAL_AREA', name: { fi: 'Karttula' }, centre: [26.97, 62.89], halfSize: [0.20, 0.08] },
  { slug: 'lansi-kuopio', kind: 'RURAL_AREA', name: { fi: 'Länsi-Kuopio', sv: 'Västra Kuopio', en: 'West Kuopio' }, centre: [27.33, 62.97], halfSize: [0.15, 0.06] },
  { slug: 'maaninka', kind: 'RURAL_AREA', name: { fi: 'Maaninka' }, centre: [27.30, 63.16], halfSize: [0.20, 0.08] },
  { slug: 'nilsia', kind: 'RURAL_AREA', name: { fi: 'Nilsiä' }, centre: [28.08, 63.21], halfSize: [0.22, 0.09] },
  { slug: 'riistavesi', kind: 'RURAL_AREA', name: { fi: 'Riistavesi' }, centre: [28.04, 62.92], halfSize: [0.14, 0.06] },
  { slug: 'vehmersalmi', kind: 'RURAL_AREA', name: { fi: 'Vehmersalmi' }, centre: [28.03, 62.77], halfSize: [0.16, 0.06] },
];
