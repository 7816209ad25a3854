/**
 * Readable names for audit action codes (`<entity>.<verb>`) and target types, as keys of messages/<locale>/audit.json.
 * Codes not listed here are shown raw: a new feature's entries stay visible before anyone adds a label.
 */
export const AUDIT_ACTION_LABELS = {
  'organization.create': 'organizationCreate',
  'organization.update': 'organizationUpdate',
  'area.create': 'areaCreate',
  'area.update': 'areaUpdate',
  'area.delete': 'areaDelete',
  'space.create': 'spaceCreate',
  'space.update': 'spaceUpdate',
  'space.delete': 'spaceDelete',
  'space.publish': 'spacePublish',
  'space.unpublish': 'spaceUnpublish',
  'phase.create': 'phaseCreate',
  'phase.update': 'phaseUpdate',
  'phase.delete': 'phaseDelete',
  'phase.activate': 'phaseActivate',
  'space_role.grant': 'spaceRoleGrant',
  'space_role.revoke': 'spaceRoleRevoke',
  'space_member.add': 'spaceMemberAdd',
  'space_member.update': 'spaceMemberUpdate',
  'space_member.remove': 'spaceMemberRemove',
  'component.create': 'componentCreate',
  'component.update': 'componentUpdate',
  'component.update_settings': 'componentUpdateSettings',
  'component.publish': 'componentPublish',
  'component.unpublish': 'componentUnpublish',
  'component.delete': 'componentDelete',
  'component.archive': 'componentArchive',
  'component.restore': 'componentRestore',
  'page.create': 'pageCreate',
  'page.update': 'pageUpdate',
  'page.delete': 'pageDelete',
  'user.role_grant': 'userRoleGrant',
  'user.role_revoke': 'userRoleRevoke',
  'user.block': 'userBlock',
  'user.unblock': 'userUnblock',
  'space.set_areas': 'spaceSetAreas',
  'space.update_privacy': 'spaceUpdatePrivacy',
  'phase.move': 'phaseMove',
  'phase.deactivate': 'phaseDeactivate',
  'component.update_phase_settings': 'componentUpdatePhaseSettings',
  'component.update_action_settings': 'componentUpdateActionSettings',
  'component.move': 'componentMove',
  'page.move': 'pageMove',
  'news_post.create': 'newsPostCreate',
  'news_post.update': 'newsPostUpdate',
  'news_post.pin': 'newsPostPin',
  'news_post.unpin': 'newsPostUnpin',
  'news_post.unpublish': 'newsPostUnpublish',
  'news_post.republish': 'newsPostRepublish',
  'news_post.delete': 'newsPostDelete',
  'debate.create': 'debateCreate',
  'debate.update': 'debateUpdate',
  'debate.close': 'debateClose',
  'debate.reopen': 'debateReopen',
  'debate.delete': 'debateDelete',
  'image.upload': 'imageUpload',
  'newsletter.create': 'newsletterCreate',
  'newsletter.update': 'newsletterUpdate',
  'newsletter.delete': 'newsletterDelete',
  'newsletter.test': 'newsletterTest',
  'newsletter.send': 'newsletterSend',
  'moderation.hide': 'moderationHide',
  'moderation.restore': 'moderationRestore',
  'moderation.approve': 'moderationApprove',
  'moderation.reject': 'moderationReject',
  'moderation.auto_hide': 'moderationAutoHide',
} as const satisfies Record<string, string>;

export const AUDIT_TARGET_TYPE_LABELS = {
  Organization: 'organization',
  Area: 'area',
  Space: 'space',
  Phase: 'phase',
  SpaceRole: 'spaceRole',
  SpaceMember: 'spaceMember',
  Component: 'component',
  Page: 'page',
  NewsPost: 'newsPost',
  Debate: 'debate',
  ResourceImage: 'resourceImage',
  Newsletter: 'newsletter',
  User: 'user',
  Moderation: 'moderation',
} as const satisfies Record<string, string>;

/** The messages key (under `audit.actions`) for an action code, or null when the code has no label yet. */
export function auditActionLabelKey(action: string): string | null {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as keyof typeof AUDIT_ACTION_LABELS] : null;
}

/** The messages key (under `audit.targetTypes`) for a target type, or null when unknown. */
export function auditTargetTypeLabelKey(targetType: string): string | null {
  return Object.hasOwn(AUDIT_TARGET_TYPE_LABELS, targetType)
    ? AUDIT_TARGET_TYPE_LABELS[targetType as keyof typeof AUDIT_TARGET_TYPE_LABELS]
    : null;
}
