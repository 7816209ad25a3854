import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT } from './cursor';
import { searchSources } from '@/lib/search/sources';
import { apiRegistry } from './schemas';

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. The schemas come from the zod schemas
 * the handlers' answers are typed with (./schemas.ts); the tests validate this document against the OpenAPI 3.1
 * specification and every answer of every path against it (tests/api/open-data.integration.test.ts).
 */
export const API_PATHS = [
  '/organization',
  '/areas',
  '/areas/{areaSlug}',
  '/areas/{areaSlug}/boundary',
  '/spaces',
  '/spaces/{spaceSlug}',
  '/news',
  '/comments',
  '/debates',
  '/ideas',
  '/search',
] as const;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object, description: string) => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Last-Modified': { $ref: '#/components/headers/LastModified' },
  },
  content: { 'application/json': { schema } },
});
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const notModified = { description: 'Not modified since the ETag or date the client sent (If-None-Match, If-Modified-Since).' };
const slugParam = (name: string, what: string) => ({
  name,
  in: 'path',
  required: true,
  description: `The ${what}'s slug, as in its page address.`,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' },
});
const listParams = [
  { name: 'limit', in: 'query', required: false, description: `Items per page (1–${MAX_LIMIT}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'cursor', in: 'query', required: false, description: 'The `links.next` of the previous page carries it; opaque.', schema: { type: 'string' } },
];
const get = (summary: string, description: string, parameters: object[], ok: object, notFound?: string) => ({
  get: {
    summary,
    description,
    parameters,
    responses: {
      '200': ok,
      '304': notModified,
      '400': problemResponse('A query parameter is not valid.'),
      ...(notFound ? { '404': problemResponse(notFound) } : {}),
    },
  },
});

function componentSchemas(): Record<string, object> {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yhdessä open data API',
      version: '1.0.0',
      description:
        'Public data of the participation platform: the organization, its areas with their boundaries, participation ' +
        'spaces with their phases and components, news posts, debates and their comments, and a search across them. Read-only, no authentication; nothing personal. Lists are paged with ' +
        'an opaque cursor (follow links.next). Every answer carries an ETag and, where known, Last-Modified: send them ' +
        'back as If-None-Match / If-Modified-Since to get 304 when nothing changed. CORS is open for GET.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/organization': get('The organization', 'Name, languages and time zone of the municipality.', [], json(ref('Organization'), 'The organization.')),
      '/areas': get('Areas', 'Neighbourhoods, districts and rural areas by slug.', listParams, json(ref('AreaPage'), 'One page of areas.')),
      '/areas/{areaSlug}': get('One area', 'An area; its boundary is at links.boundary.', [slugParam('areaSlug', 'area')], json(ref('Area'), 'The area.'), 'No such area.'),
      '/areas/{areaSlug}/boundary': get(
        "An area's boundary",
        'The boundary as a GeoJSON Feature (RFC 7946); some boundaries are approximate (properties.approximate).',
        [slugParam('areaSlug', 'area')],
        json(ref('AreaBoundary'), 'The boundary.'),
        'No such area, or it has no boundary.',
      ),
      '/spaces': get(
        'Participation spaces',
        'Published public processes and standing bodies with their phases, by slug.',
        [
          ...listParams,
          { name: 'kind', in: 'query', required: false, description: 'Only processes or only standing bodies.', schema: { type: 'string', enum: ['PROCESS', 'ASSEMBLY'] } },
          { name: 'area', in: 'query', required: false, description: 'Only spaces that concern this area (slug).', schema: { type: 'string' } },
        ],
        json(ref('SpacePage'), 'One page of spaces.'),
      ),
      '/spaces/{spaceSlug}': get(
        'One participation space',
        'A published public space with its phases and published components.',
        [slugParam('spaceSlug', 'space')],
        json(ref('SpaceDetail'), 'The space.'),
        'No such public space.',
      ),
      '/news': get(
        'News posts',
        'Published news posts (Tiedotus), newest first; optionally of one space or about one area.',
        [
          ...listParams,
          { name: 'space', in: 'query', required: false, description: 'Only posts of this space (slug).', schema: { type: 'string' } },
          { name: 'area', in: 'query', required: false, description: 'Only posts about this area (slug).', schema: { type: 'string' } },
        ],
        json(ref('NewsPostPage'), 'One page of news posts.'),
      ),
      '/comments': get(
        'Comments on a resource',
        'Public comments on one resource (a news post, a debate…), a page at a time: those on the resource itself, or the replies to one comment ' +
          '(?parent=). Comments hidden by moderators or awaiting approval are left out; a deleted comment stays without text or name.',
        [
          ...listParams,
          { name: 'resource_type', in: 'query', required: true, description: 'The resource type, e.g. news_post or debate.', schema: { type: 'string' } },
          { name: 'resource_id', in: 'query', required: true, description: 'The resource id.', schema: { type: 'string' } },
          { name: 'parent', in: 'query', required: false, description: "Only the replies to this comment (its id).", schema: { type: 'string' } },
          { name: 'sort', in: 'query', required: false, description: 'oldest (default), newest or top (most upvoted).', schema: { type: 'string', enum: ['oldest', 'newest', 'top'], default: 'oldest' } },
        ],
        json(ref('CommentPage'), 'One page of comments.'),
        'No such public resource, or it takes no comments.',
      ),
      '/debates': get(
        'Debates',
        'Public debates (Keskustelu) opened by the city or by residents, newest first, with their conclusion once closed; ' +
          'optionally of one space, about one area, or only open or closed ones. Debates waiting for moderation or hidden by a ' +
          'moderator are not listed. Authors are not published.',
        [
          ...listParams,
          { name: 'space', in: 'query', required: false, description: 'Only debates of this space (slug).', schema: { type: 'string' } },
          { name: 'area', in: 'query', required: false, description: 'Only debates about this area (slug).', schema: { type: 'string' } },
          { name: 'state', in: 'query', required: false, description: 'Only open or only closed debates.', schema: { type: 'string', enum: ['open', 'closed'] } },
        ],
        json(ref('DebatePage'), 'One page of debates.'),
      ),
      '/ideas': get(
        'Ideas',
        "Published residents' ideas (Ideat), newest first, with their state, the city's answer, the published cost estimate " +
          'and the history of state changes; optionally of one space, about one area, or in one state. Drafts and hidden ideas are ' +
          "not listed; authors, names entered by staff, evaluators' notes and reviews are never published.",
        [
          ...listParams,
          { name: 'space', in: 'query', required: false, description: 'Only ideas of this space (slug).', schema: { type: 'string' } },
          { name: 'area', in: 'query', required: false, description: 'Only ideas about this area (slug).', schema: { type: 'string' } },
          { name: 'state', in: 'query', required: false, description: 'Only ideas in this state.', schema: { type: 'string', enum: ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'MERGED', 'PROJECT', 'IMPLEMENTED'] } },
        ],
        json(ref('IdeaPage'), 'One page of ideas.'),
      ),
      '/search': get(
        'Search',
        'Public news posts, debates and comments that match the words, best matches first (PostgreSQL full-text search with Finnish, ' +
          'Swedish and English stemming: inflected forms are found). The words are read in each language and matched against the text in ' +
          'that language; `lang` chooses which matching text the excerpt comes from. Only the first 200 results can be paged to.',
        [
          ...listParams,
          { name: 'q', in: 'query', required: true, description: 'The words (at most 200 characters): "quoted words" in a row, or, -word to leave out.', schema: { type: 'string', minLength: 1, maxLength: 200 } },
          { name: 'space', in: 'query', required: false, description: 'Only results of this space (slug).', schema: { type: 'string' } },
          { name: 'area', in: 'query', required: false, description: 'Only results about this area (slug); a comment by its resource\'s areas.', schema: { type: 'string' } },
          { name: 'type', in: 'query', required: false, description: 'Only results of this type.', schema: { type: 'string', enum: searchSources.map((s) => s.type) } },
          { name: 'lang', in: 'query', required: false, description: 'The language the excerpt prefers.', schema: { type: 'string', enum: ['fi', 'sv', 'en'], default: 'fi' } },
        ],
        json(ref('SearchPage'), 'One page of results.'),
      ),
    } satisfies Record<(typeof API_PATHS)[number], object>,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: 'Validator of this answer; send it back as If-None-Match.', schema: { type: 'string' } },
        LastModified: { description: 'When the newest item of this answer changed.', schema: { type: 'string' } },
      },
    },
  };
}
