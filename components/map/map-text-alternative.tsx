import type { ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { centroidOf, combinedBoundingBox, type AreaGeometry } from '@/lib/areas/geojson';

/**
 * The text alternative of a map (WCAG 1.1.1): where the area lies in words, whether the boundary is approximate, and
 * whether the background map is switched off. Renders on the server and in the browser alike (no hooks besides
 * next-intl's), so the information is in the HTML even when the map script never runs.
 */
export function MapTextAlternative({
  id,
  geometries,
  approximate = 'none',
  hasTiles,
  headingLevel = 3,
  children,
}: {
  id: string;
  geometries: readonly AreaGeometry[];
  /** 'all' for one approximate boundary, 'some' when several boundaries are shown and some are approximate. */
  approximate?: 'none' | 'all' | 'some';
  hasTiles: boolean;
  headingLevel?: 2 | 3 | 4;
  /** Further text, e.g. a note that the areas are listed below. */
  children?: ReactNode;
}) {
  const t = useTranslations('common.map');
  const tAreas = useTranslations('areas');
  const format = useFormatter();
  const Heading = `h${headingLevel}` as const;
  const degrees = (value: number) => `${format.number(value, { maximumFractionDigits: 3 })}°`;
  const box = combinedBoundingBox(geometries);
  const [only] = geometries;
  const centre = geometries.length === 1 && only ? centroidOf(only) : null;

  return (
    <div id={id} className="mt-3 space-y-2 rounded border border-gray-300 bg-gray-50 p-4">
      <Heading className="font-semibold">{t('textAlternative')}</Heading>
      {box ? (
        <p>
          {t('bbox', { south: degrees(box.south), north: degrees(box.north), west: degrees(box.west), east: degrees(box.east) })}
        </p>
      ) : (
        <p>{t('noBoundary')}</p>
      )}
      {centre && <p>{tAreas('map.centre', { lat: degrees(centre[1]), lon: degrees(centre[0]) })}</p>}
      {box && approximate === 'all' && <p>{t('approximateNote')}</p>}
      {box && approximate === 'some' && <p>{tAreas('list.someApproximate')}</p>}
      {box && !hasTiles && <p>{t('noTiles')}</p>}
      {children}
    </div>
  );
}
