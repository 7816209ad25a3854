'use client';

import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { Map as LeafletMap, Marker } from 'leaflet';
import type { AreaGeometry } from '@/lib/areas/geojson';
import type { TileConfig } from '@/components/map/tile-config';

const STYLE = { color: '#084377', weight: 2, fillColor: '#0b5394', fillOpacity: 0.1 };

/**
 * A map to place one pin by clicking (or tapping); the pin can be dragged. It only helps: the typed place description
 * beside it is the equal alternative, and the chosen point is repeated as text by the form. `onChange(null)` is never
 * called from here; the form's "remove pin" button clears it.
 */
export function PinPicker({ value, onChange, label, describedBy, tiles, boundaries, zoomTitles }: {
  value: { lat: number; lng: number } | null;
  onChange: (point: { lat: number; lng: number }) => void;
  label: string;
  describedBy: string;
  tiles: TileConfig;
  boundaries: AreaGeometry[];
  zoomTitles: { zoomIn: string; zoomOut: string };
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const marker = useRef<Marker | null>(null);
  const change = useRef(onChange);
  const leaflet = useRef<typeof import('leaflet') | null>(null);
  useEffect(() => {
    change.current = onChange;
  });

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    let cancelled = false;
    void import('leaflet').then((module) => {
      const L = (module as unknown as { default?: typeof module }).default ?? module;
      if (cancelled) return;
      leaflet.current = L;
      const m = L.map(el, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
      L.control.zoom({ zoomInTitle: zoomTitles.zoomIn, zoomOutTitle: zoomTitles.zoomOut }).addTo(m);
      if (tiles.url) {
        L.control.attribution({ prefix: false }).addTo(m);
        L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(m);
      }
      const group = L.featureGroup(boundaries.map((b) => L.geoJSON(b, { style: STYLE, interactive: false })));
      group.addTo(m);
      const bounds = group.getBounds();
      if (bounds.isValid()) m.fitBounds(bounds, { padding: [12, 12] });
      else m.setView([62.8924, 27.6782], 12);
      m.on('click', (e) => change.current({ lat: e.latlng.lat, lng: e.latlng.lng }));
      map.current = m;
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
      marker.current = null;
    };
  }, [tiles.url, tiles.attribution, boundaries, zoomTitles.zoomIn, zoomTitles.zoomOut]);

  // The marker follows the form's value (set by a click here, cleared by the form).
  useEffect(() => {
    const L = leaflet.current;
    const m = map.current;
    if (!L || !m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.marker([value.lat, value.lng], { draggable: true, icon: L.divIcon({ className: 'idea-pin', iconSize: [18, 18] }), keyboard: false });
      marker.current.on('dragend', () => {
        const p = marker.current!.getLatLng();
        change.current({ lat: p.lat, lng: p.lng });
      });
      marker.current.addTo(m);
    } else marker.current.setLatLng([value.lat, value.lng]);
  });

  return <div ref={element} role="region" aria-label={label} aria-describedby={describedBy} className="h-80 w-full rounded border border-gray-400" style={{ background: '#eef2f5' }} />;
}
