import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider, createTranslator } from 'next-intl';
import { locales, type Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { geoJsonErrorMessage, validateGeoJson, type AreaGeometry } from '@/lib/areas/geojson';
import { AREA_KINDS } from '@/lib/areas/schema';
import { MapTextAlternative } from '@/components/map/map-text-alternative';
import { useNestedValidationMessage } from './use-nested-validation-message';

/** Renders with the app's real messages, as the layout's NextIntlClientProvider does. */
function render(locale: Locale, node: React.ReactNode): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={loadMessages(locale)} timeZone="Europe/Helsinki" onError={(e) => { throw e; }}>
      {node}
    </NextIntlClientProvider>,
  );
}

const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [[[27.62, 62.87], [27.64, 62.87], [27.64, 62.88], [27.62, 62.88], [27.62, 62.87]]],
};

function Messages({ messages }: { messages: string[] }) {
  const translate = useNestedValidationMessage();
  return <ul>{messages.map((m) => <li key={m}>{translate(m)}</li>)}</ul>;
}

describe('areas messages', () => {
  it.each(locales)('formats every areas message in %s with realistic values', (locale) => {
    // The messages are loaded from disk at run time, so the translator cannot know the keys' types.
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'areas', onError: (e) => { throw e; } }) as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string;
    for (const kind of AREA_KINDS) {
      expect(t(`kinds.${kind}`)).not.toBe('');
      expect(t(`kindGroups.${kind}`)).not.toBe('');
    }
    expect(t('list.population', { count: 7400 })).toMatch(/7[\s,.\u00a0\u202f]?400/);
    expect(t('list.spaces', { count: 0 })).not.toMatch(/#|\{/);
    expect(t('list.spaces', { count: 1 })).toMatch(/1/);
    expect(t('list.spaces', { count: 3 })).toMatch(/3/);
    expect(t('admin.caption', { count: 16 })).toMatch(/16/);
    expect(t('form.previewSummary', { polygons: 2, points: 140 })).toMatch(/2.*140/);
    for (const [spaces, children] of [[0, 0], [1, 1], [5, 3]] as const) {
      expect(t('delete.consequences', { spaces, children })).not.toMatch(/[{}#]/);
    }
    expect(t('map.centre', { lat: '62,87°', lon: '27,63°' })).toContain('62,87°');
  });
});

describe('MapTextAlternative', () => {
  it('describes the boundary in words: extent, centre, approximate, no background map', () => {
    const html = render('fi', <MapTextAlternative id="x" geometries={[square]} approximate="all" hasTiles={false} />);
    expect(html).toContain('Kartan tekstivastine');
    expect(html).toContain('leveyspiireille 62,87°–62,88°');
    expect(html).toContain('pituuspiireille 27,62°–27,64°');
    expect(html).toContain('keskipiste on noin 62,875°');
    expect(html).toContain('Rajaus on likimääräinen.');
    expect(html).toContain('Taustakarttaa ei ole käytössä');
  });

  it('says when there is no boundary, and mentions nothing else', () => {
    const html = render('en', <MapTextAlternative id="x" geometries={[]} approximate="all" hasTiles={false} />);
    expect(html).toContain('No boundary has been drawn for the area.');
    expect(html).not.toContain('approximate');
  });

  it('notes that some of several boundaries are approximate', () => {
    const html = render('sv', <MapTextAlternative id="x" geometries={[square, square]} approximate="some" hasTiles />);
    expect(html).toContain('En del av gränserna är ungefärliga');
    expect(html).not.toContain('mittpunkt');
  });
});

describe('GeoJSON error messages in the UI', () => {
  const broken = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Neulamäki' }, geometry: { type: 'Polygon', coordinates: [square.coordinates[0]!.slice(0, 4)] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [27.6, 62.8] } },
    ],
  });
  const result = validateGeoJson(broken);
  const messages = result.ok ? [] : result.errors.map(geoJsonErrorMessage);

  it.each([
    ['fi', 'Kohde 1 (Neulamäki): rengas 1 ei ole suljettu', 'Kohde 2: Rajauksen on oltava GeoJSON-tyyppiä'],
    ['sv', 'Objekt 1 (Neulamäki): ring 1 är inte sluten', 'Objekt 2: Gränsen måste vara av GeoJSON-typen'],
    ['en', 'Feature 1 (Neulamäki): ring 1 is not closed', 'Feature 2: The boundary must be a GeoJSON Polygon'],
  ] as const)('translates nested per-feature messages in %s', (locale, first, second) => {
    const html = render(locale, <Messages messages={messages} />);
    expect(html).toContain(first);
    expect(html).toContain(second);
    expect(html).not.toMatch(/geojson[A-Z]|\|/);
  });

  it('translates the position of a JSON syntax error', () => {
    const invalid = validateGeoJson('{\n  "type": Polygon\n}');
    const html = render('fi', <Messages messages={invalid.ok ? [] : invalid.errors.map(geoJsonErrorMessage)} />);
    expect(html).toContain('GeoJSON ei ole kelvollista JSONia: virhe rivillä 2, sarakkeessa 11');
  });
});
