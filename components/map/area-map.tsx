'use client';

import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { Map as LeafletMap } from 'leaflet';
import { useRouter } from '@/lib/i18n/navigation';
import type { AreaGeometry } from '@/lib/areas/geojson';
import type { TileConfig } from './tile-config';

/** One boundary on the map; `href` (a path without locale) makes it open that page when clicked. */
export type MapShape = { id: string; name: string; geometry: AreaGeometry; href?: string; isApproximate?: boolean };

/** Kuopio market square, for a map without any boundary to fit. */
const FALLBACK_CENTRE: [number, number] = [62.8924, 27.6782];

const STYLE = { color: '#084377', weight: 2, fillColor: '#0b5394', fillOpacity: 0.15 };

/**
 * A Leaflet map of area boundaries. It is never the only way to get the information: every page that shows it also
 * renders a text alternative (MapTextAlternative or a list), referenced with `describedBy`.
 *
 * Leaflet is driven directly from an effect instead of through react-leaflet: the map is created when the element is
 * shown and removed in the effect's cleanup. Next keeps a previous route mounted but hidden (React Activity), which
 * runs effect cleanups when hiding and effects again when showing; creating and removing the map there is exactly
 * what avoids "Map container is already initialized / being reused", and it also holds under Strict Mode's double
 * effects. Leaflet is imported inside the effect once the map is near the viewport, so it never runs on the server
 * and costs nothing on pages where nobody scrolls to the map.
 */
export function AreaMap({
  label,
  shapes,
  tiles,
  describedBy,
  heightClass = 'h-80',
}: {
  label: string;
  shapes: readonly MapShape[];
  tiles: TileConfig;
  describedBy?: string;
  heightClass?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const t = useTranslations('areas.map');
  const router = useRouter();
  // Kept in refs so that a new router or translator object does not rebuild the map.
  const navigate = useRef(router.push);
  const titles = useRef({ zoomIn: t('zoomIn'), zoomOut: t('zoomOut') });
  useEffect(() => {
    navigate.current = router.push;
    titles.current = { zoomIn: t('zoomIn'), zoomOut: t('zoomOut') };
  });

  const { url: tileUrl, attribution } = tiles;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: LeafletMap | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;

    // Leaflet (about 40 KB of gzipped JavaScript) is fetched only when the map comes near the screen, so a phone
    // that never scrolls to it never downloads it.
    const draw = () => void import('leaflet').then((module) => {
      const L = (module as unknown as { default?: typeof module }).default ?? module;
      if (cancelled) return;
      map = L.map(element, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
      L.control.zoom({ zoomInTitle: titles.current.zoomIn, zoomOutTitle: titles.current.zoomOut }).addTo(map);
      if (tileUrl) {
        L.control.attribution({ prefix: false }).addTo(map);
        L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
      }

      const group = L.featureGroup();
      for (const shape of shapes) {
        const layer = L.geoJSON(shape.geometry, {
          style: { ...STYLE, dashArray: shape.isApproximate ? '6 4' : undefined },
          interactive: true,
        });
        layer.bindTooltip(shape.name, { sticky: true });
        const href = shape.href;
        if (href) layer.on('click', () => navigate.current(href));
        group.addLayer(layer);
      }
      group.addTo(map);
      const bounds = group.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
      else map.setView(FALLBACK_CENTRE, 10);

      // The element may get its final size after the map (fonts, layout shifts): keep Leaflet's idea of it current.
      observer = new ResizeObserver(() => map?.invalidateSize());
      observer.observe(element);
    });
    const visibility =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              visibility?.disconnect();
              draw();
            },
            { rootMargin: '200px' },
          );
    if (visibility) visibility.observe(element);
    else draw();

    return () => {
      cancelled = true;
      visibility?.disconnect();
      observer?.disconnect();
      map?.remove();
    };
  }, [shapes, tileUrl, attribution]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      className={`${heightClass} w-full rounded border border-gray-400`}
      style={{ background: '#eef2f5' }}
    />
  );
}
