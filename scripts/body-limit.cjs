// The largest server-action body, in megabytes: shared by next.config.js (serverActions.bodySizeLimit) and the request
// guard in front of Next.js (scripts/serve.mjs), which answers a larger body with 413 before Next.js sees it. The area
// form sends its GeoJSON boundary as text, accepted up to 2 MB (lib/areas/schema.ts), so 4 MB leaves room for the
// rest of the form and the reply encoding.
module.exports = { SERVER_ACTION_BODY_LIMIT_MB: 4 };
