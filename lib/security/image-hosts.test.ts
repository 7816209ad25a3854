import { describe, expect, it } from 'vitest';
import { imageHostSources, isAllowedImageHost, parseImageHosts } from './image-hosts';

describe('IMAGE_HOSTS', () => {
  it('splits, trims, lower-cases and de-duplicates host names', () => {
    expect(parseImageHosts(' www.Kuopio.fi, *.kuvat.kuopio.fi ,,www.kuopio.fi,localhost ')).toEqual({
      hosts: ['www.kuopio.fi', '*.kuvat.kuopio.fi', 'localhost'],
      invalid: [],
    });
    expect(parseImageHosts(undefined)).toEqual({ hosts: [], invalid: [] });
    expect(parseImageHosts('')).toEqual({ hosts: [], invalid: [] });
  });

  it.each([
    'https://www.kuopio.fi',
    'www.kuopio.fi/kuvat',
    'www.kuopio.fi:443',
    '*.fi',
    '*',
    'kuopio..fi',
    '-kuopio.fi',
    "evil.example'",
    'evil.example; script-src *',
  ])('refuses %s, which is not a host name', (entry) => {
    expect(parseImageHosts(`ok.example,${entry}`)).toEqual({ hosts: ['ok.example'], invalid: [entry] });
  });

  it('matches exact hosts, and "*." subdomains without the apex, like CSP', () => {
    const hosts = ['www.kuopio.fi', '*.kuvat.kuopio.fi'];
    expect(isAllowedImageHost('www.kuopio.fi', hosts)).toBe(true);
    expect(isAllowedImageHost('WWW.KUOPIO.FI', hosts)).toBe(true);
    expect(isAllowedImageHost('a.b.kuvat.kuopio.fi', hosts)).toBe(true);
    expect(isAllowedImageHost('kuvat.kuopio.fi', hosts)).toBe(false);
    expect(isAllowedImageHost('xkuvat.kuopio.fi', hosts)).toBe(false);
    expect(isAllowedImageHost('kuopio.fi', hosts)).toBe(false);
    expect(isAllowedImageHost('www.kuopio.fi.evil.example', hosts)).toBe(false);
    expect(isAllowedImageHost('www.kuopio.fi', [])).toBe(false);
  });

  it('gives https sources for the CSP', () => {
    expect(imageHostSources(['www.kuopio.fi', '*.kuvat.kuopio.fi'])).toEqual(['https://www.kuopio.fi', 'https://*.kuvat.kuopio.fi']);
  });
});
