'use client';

import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { useEffect, useRef, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { AreaGeometry } from '@/lib/areas/geojson';
import type { TileConfig } from '@/components/map/tile-config';

export type IdeaPin = [id: string, lat: number, lng: number, state: string, title: string];

const STYLE = { color: '#084377', weight: 2, fillColor: '#0b5394', fillOpacity: 0.08 };
const FALLBACK_CENTRE: [number, number] = [62.8924, 27.6782];

/**
 * The ideas on a map, clustered (leaflet.markercluster) so thousands of pins stay usable; each pin opens a popup with
 * the idea's title as a link. The map is never the only way: the page renders the same ideas as a list right after
 * it, and says so (`describedBy`). Pins come from the map data route with the list's filters, so both show the same
 * ideas. Leaflet is loaded only when the map nears the screen (as in components/map/area-map.tsx).
 */
export function IdeasMap({ dataUrl, pins: givenPins, ideaHref, label, describedBy, tiles, boundaries, texts }: {
  /** Where the pins come from; null with `pins` given (one idea's page). */
  dataUrl: string | null;
  pins?: IdeaPin[];
  /** The address of an idea page without its id (the id is appended). */
  ideaHref: string;
  label: string;
  describedBy: string;
  tiles: TileConfig;
  boundaries: { id: string; geometry: AreaGeometry }[];
  /** `countOne`/`countMany` hold `{count}` (functions cannot cross from the server). */
  texts: { loading: string; failed: string; countOne: string; countMany: string; zoomIn: string; zoomOut: string };
}) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [count, setCount] = useState(0);
  const textsRef = useRef(texts);
  useEffect(() => {
    textsRef.current = texts;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: LeafletMap | undefined;
    let cancelled = false;
    const draw = async () => {
      const [module, pins] = await Promise.all([
        import('leaflet'),
        dataUrl === null
          ? Promise.resolve({ pins: givenPins ?? [] })
          : fetch(dataUrl, { headers: { accept: 'application/json' } }).then((r) => (r.ok ? (r.json() as Promise<{ pins: IdeaPin[] }>) : Promise.reject(new Error(String(r.status))))),
      ]);
      const L = (module as unknown as { default?: typeof module }).default ?? module;
      // The plugin extends the Leaflet object it finds on window.
      (window as unknown as { L: typeof L }).L = L;
      await import('leaflet.markercluster');
      if (cancelled) return;
      // maxZoom on the map itself: without a tile layer (offline installations) clustering has no other to read.
      map = L.map(element, { zoomControl: false, attributionControl: false, scrollWheelZoom: false, maxZoom: 19 });
      L.control.zoom({ zoomInTitle: textsRef.current.zoomIn, zoomOutTitle: textsRef.current.zoomOut }).addTo(map);
      if (tiles.url) {
        L.control.attribution({ prefix: false }).addTo(map);
        L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
      }
      const areas = L.featureGroup(boundaries.map((b) => L.geoJSON(b.geometry, { style: STYLE, interactive: false })));
      areas.addTo(map);
      const cluster = L.markerClusterGroup({ showCoverageOnHover: false, chunkedLoading: true });
      const icon = L.divIcon({ className: 'idea-pin', iconSize: [18, 18] });
      for (const [id, lat, lng, , title] of pins.pins) {
        const marker = L.marker([lat, lng], { icon, title, alt: title, keyboard: true });
        marker.bindPopup(() => {
          // Built with DOM text nodes: a resident's title is never parsed as HTML.
          const link = document.createElement('a');
          link.href = `${ideaHref}/${encodeURIComponent(id)}`;
          link.textContent = title;
          link.className = 'font-semibold text-brand-700 underline';
          return link;
        });
        cluster.addLayer(marker);
      }
      map.addLayer(cluster);
      const bounds = pins.pins.length > 0 ? cluster.getBounds() : areas.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
      else map.setView(FALLBACK_CENTRE, 11);
      setCount(pins.pins.length);
      setStatus('ready');
    };
    const start = () =>
      void draw().catch((error: unknown) => {
        // The list below stays; the reason is kept for whoever investigates (the visitor sees the polite message).
        console.error('[ideas-map]', error);
        if (!cancelled) setStatus('failed');
      });
    const visibility =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              visibility?.disconnect();
              start();
            },
            { rootMargin: '200px' },
          );
    if (visibility) visibility.observe(element);
    else start();
    return () => {
      cancelled = true;
      visibility?.disconnect();
      map?.remove();
    };
  }, [dataUrl, givenPins, ideaHref, tiles.url, tiles.attribution, boundaries]);

  return (
    <div>
      {dataUrl !== null && (
        <p aria-live="polite" className="mb-2 text-sm text-muted">
          {status === 'loading' ? texts.loading : status === 'failed' ? texts.failed : (count === 1 ? texts.countOne : texts.countMany).replace('{count}', String(count))}
        </p>
      )}
      <div ref={container} role="region" aria-label={label} aria-describedby={describedBy} className="h-96 w-full rounded border border-gray-400" style={{ background: '#eef2f5' }} />
    </div>
  );
}
