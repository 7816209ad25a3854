/** The resource type of ideas (ADR 027): what comments, follows, notifications, images and moderation refer to. */
export const IDEA_RESOURCE = 'idea';

export const ideaRef = (id: string) => ({ type: IDEA_RESOURCE, id });
