/**
 * Facts of the accessibility statement that belong to the software rather than to one organization. The text of
 * the statement (messages/<locale>/accessibility.json) describes this version of Yhdessä; change the date below
 * whenever that text or the list of known problems changes. The organization records when it last reviewed the
 * statement for its own installation (Organization.accessibilityStatementDate, set in /admin/organization).
 */
export const STATEMENT_PREPARED_ON = '2026-11-23';

/** The supervisory authority named in the statement (enforcement procedure of law 306/2019). */
export const SUPERVISORY_AUTHORITY_URL = 'https://www.saavutettavuusvaatimukset.fi';
export const SUPERVISORY_AUTHORITY_SITE = 'www.saavutettavuusvaatimukset.fi';

/** Known problems listed in the statement, in order; each key has title/body texts under accessibility.issues. */
export const NON_COMPLIANT_CONTENT = ['mapTiles', 'attachments'] as const;
export const OUT_OF_SCOPE_CONTENT = ['userContent'] as const;
