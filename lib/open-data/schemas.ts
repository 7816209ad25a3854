import { z } from 'zod';

/**
 * The shapes the open data API answers with (docs/decisions/024-open-data-api.md). They are the single source of the
 * OpenAPI document's schemas (z.toJSONSchema) and of the tests that check every answer against that document.
 * Public data only: nothing here can hold an email address or any personal data.
 */
export const apiRegistry = z.registry<{ id: string }>();

const LocalizedText = z
  .object({ fi: z.string().optional(), sv: z.string().optional(), en: z.string().optional() })
  .describe('Text in the languages it was written in (fi, sv, en); Finnish is the organization default.');
apiRegistry.add(LocalizedText, { id: 'LocalizedText' });

export const OrganizationSchema = z.object({
  slug: z.string(),
  name: LocalizedText,
  defaultLocale: z.enum(['fi', 'sv', 'en']),
  enabledLocales: z.array(z.enum(['fi', 'sv', 'en'])),
  timeZone: z.string().describe('IANA time zone of the dates, e.g. Europe/Helsinki'),
});
apiRegistry.add(OrganizationSchema, { id: 'Organization' });

export const AreaKindSchema = z.enum(['DISTRICT', 'NEIGHBOURHOOD', 'RURAL_AREA']);

export const AreaSchema = z.object({
  slug: z.string(),
  kind: AreaKindSchema,
  name: LocalizedText,
  description: LocalizedText.nullable(),
  parentSlug: z.string().nullable(),
  population: z.int().nullable(),
  boundaryIsApproximate: z.boolean(),
  updatedAt: z.iso.datetime(),
  links: z.object({ self: z.url(), boundary: z.url().nullable() }),
});
apiRegistry.add(AreaSchema, { id: 'Area' });

const Position = z.array(z.number()).min(2).max(3);
export const GeometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);

export const AreaBoundarySchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: GeometrySchema,
    properties: z.object({ slug: z.string(), name: LocalizedText, approximate: z.boolean() }),
  })
  .describe('The area boundary as a GeoJSON Feature (RFC 7946, WGS 84 longitude/latitude).');
apiRegistry.add(AreaBoundarySchema, { id: 'AreaBoundary' });

export const PhaseSchema = z.object({
  position: z.int(),
  title: LocalizedText,
  description: LocalizedText.nullable(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  isActive: z.boolean(),
});
apiRegistry.add(PhaseSchema, { id: 'Phase' });

export const ComponentSchema = z.object({
  id: z.string(),
  kind: z.string().describe('The kind of component: pages, news, debates, ideas…'),
  name: LocalizedText,
  publishedAt: z.iso.datetime().nullable(),
  links: z.object({ html: z.url() }),
});
apiRegistry.add(ComponentSchema, { id: 'Component' });

export const SpaceSchema = z.object({
  slug: z.string(),
  kind: z.enum(['PROCESS', 'ASSEMBLY']),
  assemblyType: z.string().nullable(),
  title: LocalizedText,
  subtitle: LocalizedText.nullable(),
  description: LocalizedText,
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  areas: z.array(z.string()).describe('Slugs of the areas the space concerns'),
  phases: z.array(PhaseSchema),
  links: z.object({ self: z.url(), html: z.url() }),
});
apiRegistry.add(SpaceSchema, { id: 'Space' });

export const SpaceDetailSchema = SpaceSchema.extend({ components: z.array(ComponentSchema) });
apiRegistry.add(SpaceDetailSchema, { id: 'SpaceDetail' });

const ImageVariantSchema = z.object({ url: z.url(), width: z.int(), height: z.int() });

export const ImageSchema = z
  .object({
    url: z.url().describe('The variant about 960 pixels wide (WebP)'),
    width: z.int().describe('Width of the original, upright, in pixels'),
    height: z.int().describe('Height of the original, upright, in pixels'),
    alt: LocalizedText.describe('Alternative text in the languages it was written in; empty when the image is decorative.'),
    decorative: z.boolean().describe('True when the image is decoration only (shown with an empty alt text).'),
    variants: z.array(ImageVariantSchema).describe('Every stored width (WebP), narrowest first, for srcset.'),
  })
  .describe('An image of a resource, re-encoded as WebP without EXIF or GPS data.');
apiRegistry.add(ImageSchema, { id: 'Image' });

export const NewsPostSchema = z.object({
  id: z.string(),
  title: LocalizedText,
  summary: LocalizedText.nullable(),
  body: LocalizedText.describe('Markdown (CommonMark) in each language; raw HTML is never rendered by the pages.'),
  publishedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  isPinned: z.boolean(),
  space: z.string().describe('Slug of the space the post belongs to'),
  componentId: z.string(),
  areas: z.array(z.string()).describe('Slugs of the areas the post concerns'),
  image: ImageSchema.nullable().describe('The post image, or null'),
  links: z.object({ html: z.url() }),
});
apiRegistry.add(NewsPostSchema, { id: 'NewsPost' });

export const CommentSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable().describe('The comment this one replies to, or null for a comment on the resource'),
    depth: z.int().min(0).max(3).describe('0 on the resource, up to 3 for replies'),
    body: z.string().nullable().describe('Plain text; null when the writer deleted the comment (its replies stay)'),
    locale: z.string().describe('The language the comment was written in'),
    author: z.string().nullable().describe('The name the writer shows on the site; null for a deleted comment or account'),
    officialRole: z.enum(['ORGANIZATION_ADMIN', 'ADMIN', 'COORDINATOR', 'EVALUATOR', 'MODERATOR']).nullable().describe('Set for an official answer: the role the writer held'),
    alignment: z.enum(['FOR', 'AGAINST', 'NEUTRAL']).nullable(),
    upvoteCount: z.int().min(0),
    replyCount: z.int().min(0).describe('Public replies; list them with ?parent=<id>'),
    deleted: z.boolean(),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    links: z.object({ html: z.url() }),
  })
  .describe('A public comment. Comments hidden by moderators or waiting for approval are not in the API.');
apiRegistry.add(CommentSchema, { id: 'Comment' });
export const DebateSchema = z.object({
  id: z.string(),
  title: LocalizedText,
  description: LocalizedText.describe('Markdown (CommonMark) when opened by the city (descriptionFormat "markdown"), plain text when a resident opened it ("text").'),
  descriptionFormat: z.enum(['markdown', 'text']),
  isOfficial: z.boolean().describe('True when the city opened the debate; false for a resident\'s debate (its author is not published).'),
  state: z.enum(['open', 'closed']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  conclusion: LocalizedText.nullable().describe('The conclusion written when the debate was closed (Markdown), or null.'),
  commentCount: z.int().describe('Public comments and replies on the debate'),
  space: z.string().describe('Slug of the space the debate belongs to'),
  componentId: z.string(),
  areas: z.array(z.string()).describe('Slugs of the areas the debate concerns'),
  links: z.object({ html: z.url() }),
});
apiRegistry.add(DebateSchema, { id: 'Debate' });

export const IdeaSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string().describe('Plain text, in the language it was written in'),
    locale: z.enum(['fi', 'sv', 'en']).describe('The language the idea was written in'),
    state: z.enum(['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'MERGED', 'PROJECT', 'IMPLEMENTED']),
    stateLabel: LocalizedText.nullable().describe("The component's own name for the state, when it has one"),
    stateReason: LocalizedText.nullable(),
    answer: LocalizedText.nullable().describe("The city's published answer"),
    answeredAt: z.iso.datetime().nullable(),
    costEstimate: z.int().min(0).nullable().describe('Published cost estimate in whole euros'),
    costJustification: LocalizedText.nullable(),
    timeFrame: LocalizedText.nullable(),
    mergedInto: z.string().nullable().describe('Id of the idea this one was merged into'),
    channel: z.enum(['ONLINE', 'IN_PERSON', 'PAPER']).describe('How the idea reached the city; ideas collected in person are entered by staff'),
    area: z.string().describe('Slug of the area the idea is about'),
    theme: LocalizedText.nullable(),
    location: z
      .object({ latitude: z.number().nullable(), longitude: z.number().nullable(), description: z.string().nullable() })
      .nullable()
      .describe('A pin (WGS84) and/or the typed place description; null when the idea has neither'),
    supportCount: z.int().min(0).nullable().describe('Null where the component does not show support counts'),
    commentCount: z.int().min(0),
    images: z.array(ImageSchema).describe("The idea's photos, oldest first, each with its description"),
    publishedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    history: z.array(z.object({ state: z.string(), at: z.iso.datetime(), answered: z.boolean() })).describe('The public history of state changes, oldest first'),
    space: z.string(),
    componentId: z.string(),
    links: z.object({ html: z.url() }),
  })
  .describe("A published, public idea. Drafts, hidden ideas, authors' names, evaluators' notes and reviews are never in the API.");
apiRegistry.add(IdeaSchema, { id: 'Idea' });

const PageLinks = z.object({ self: z.url(), next: z.url().nullable() });
export const CommentPageSchema = z.object({ data: z.array(CommentSchema), links: PageLinks });
apiRegistry.add(CommentPageSchema, { id: 'CommentPage' });
export const AreaPageSchema = z.object({ data: z.array(AreaSchema), links: PageLinks });
apiRegistry.add(AreaPageSchema, { id: 'AreaPage' });
export const SpacePageSchema = z.object({ data: z.array(SpaceSchema), links: PageLinks });
apiRegistry.add(SpacePageSchema, { id: 'SpacePage' });

export const NewsPostPageSchema = z.object({ data: z.array(NewsPostSchema), links: PageLinks });
apiRegistry.add(NewsPostPageSchema, { id: 'NewsPostPage' });

export const DebatePageSchema = z.object({ data: z.array(DebateSchema), links: PageLinks });
apiRegistry.add(DebatePageSchema, { id: 'DebatePage' });

export const IdeaPageSchema = z.object({ data: z.array(IdeaSchema), links: PageLinks });
apiRegistry.add(IdeaPageSchema, { id: 'IdeaPage' });

export const SearchResultSchema = z
  .object({
    type: z.string().describe('What was found: news_post, debate or comment (more as kinds are added).'),
    id: z.string(),
    title: LocalizedText.describe("The title; for a comment, the commented resource's title."),
    resource: z.object({ type: z.string(), id: z.string() }).nullable().describe('For a comment, the resource it comments on; null otherwise.'),
    space: z.string().describe('Slug of the space it belongs to'),
    date: z.iso.datetime().describe('When a news post was published, a debate opened or a comment written'),
    language: z.enum(['fi', 'sv', 'en']).describe('The language of the text the excerpt comes from'),
    excerpt: z
      .array(z.object({ text: z.string(), marked: z.boolean() }))
      .describe('A short plain-text excerpt in parts; the marked parts are the searched words (stemmed: inflected forms too).'),
    links: z.object({ html: z.url() }),
  })
  .describe('A public news post, debate or comment that matches the search.');
apiRegistry.add(SearchResultSchema, { id: 'SearchResult' });

export const SearchPageSchema = z.object({
  data: z.array(SearchResultSchema),
  total: z.int().min(0).describe('How many public results match, counted up to 1000'),
  totalIsCapped: z.boolean().describe('True when more than `total` results match'),
  links: PageLinks,
});
apiRegistry.add(SearchPageSchema, { id: 'SearchPage' });

export const ProblemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.int(), detail: z.string().optional() })
  .describe('An error (RFC 9457 problem details).');
apiRegistry.add(ProblemSchema, { id: 'Problem' });

export type ApiOrganization = z.infer<typeof OrganizationSchema>;
export type ApiArea = z.infer<typeof AreaSchema>;
export type ApiAreaBoundary = z.infer<typeof AreaBoundarySchema>;
export type ApiSpace = z.infer<typeof SpaceSchema>;
export type ApiSpaceDetail = z.infer<typeof SpaceDetailSchema>;
export type ApiComponent = z.infer<typeof ComponentSchema>;
export type ApiNewsPost = z.infer<typeof NewsPostSchema>;
export type ApiImage = z.infer<typeof ImageSchema>;
export type ApiComment = z.infer<typeof CommentSchema>;
export type ApiDebate = z.infer<typeof DebateSchema>;
export type ApiIdea = z.infer<typeof IdeaSchema>;
export type ApiSearchResult = z.infer<typeof SearchResultSchema>;
