/** The resource type of debates (ADR 027): what comments, follows, notifications and moderation cases refer to. */
export const DEBATE_RESOURCE = 'debate';

export const debateRef = (id: string) => ({ type: DEBATE_RESOURCE, id });
