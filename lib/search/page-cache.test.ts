/**
 * Search results depend on the reader (members of private spaces find more), so a search must never be served from
 * the page cache's shared copies (ADR 019, 032): its words keep the page per request. The filters alone (`tila`,
 * `alue`) are shareable because without words the page shows only the form, rendered for an anonymous visitor.
 */
import { describe, expect, it } from 'vitest';
import { shareableSearch } from '@/lib/page-cache/anonymous-pages';
import { SEARCH_PARAM } from './params';

describe('search and the page cache', () => {
  it('renders every search per request', () => {
    expect(shareableSearch(new URL(`http://x/fi/haku?${SEARCH_PARAM.query}=leikkipuisto`))).toBeNull();
    expect(shareableSearch(new URL(`http://x/fi/haku?${SEARCH_PARAM.query}=a&${SEARCH_PARAM.space}=b&${SEARCH_PARAM.page}=2`))).toBeNull();
    expect(shareableSearch(new URL(`http://x/fi/haku?${SEARCH_PARAM.kind}=uutiset`))).toBeNull();
  });
});
