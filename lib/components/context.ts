import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { ComponentContext, ComponentDefinition } from '@/lib/core/components/definition';
import { actionAvailability, readActionSettings } from '@/lib/core/components/action-availability';
import { calendarToday } from '@/lib/spaces/membership-term';
import { readPhaseSettings, readSettings } from '@/lib/core/components/registry';
import type { Locale } from '@/lib/i18n/config';
import type { ComponentWithSpace } from './queries';

/** The permission subject of a component: the exact shape the definitions' permission functions take. */
export function permissionSubject({ component, space }: ComponentWithSpace): { space: ComponentContext['space']; component: ComponentContext['component'] } {
  return {
    component: { id: component.id, kind: component.kind, name: component.name, isPublished: component.isPublished, spaceId: component.spaceId },
    space: {
      id: space.id,
      slug: space.slug,
      organizationId: space.organizationId,
      isPublished: space.isPublished,
      isPrivate: space.isPrivate,
      title: space.title,
    },
  };
}

/**
 * What a kind's views receive: stored settings parsed with the kind's schemas (garbage reads as defaults) and the
 * settings of the space's active phase.
 */
export function buildComponentContext(
  definition: ComponentDefinition,
  found: ComponentWithSpace,
  request: {
    actor: Actor | null;
    locale: Locale;
    path: string[];
    searchParams: Record<string, string | string[] | undefined>;
    /** The organization's time zone: "today" for the phases' dates. */
    timeZone: string;
  },
): ComponentContext {
  const settings = readActionSettings(found.component.actionSettings);
  const today = calendarToday(request.timeZone);
  const actions = Object.fromEntries(
    Object.keys(definition.actions).map((action) => [
      action,
      actionAvailability({
        action,
        actions: definition.actions,
        settings,
        phases: found.space.phases,
        actor: request.actor,
        isArchived: found.component.archivedAt !== null,
        today,
      }),
    ]),
  );
  const activePhase = found.space.phases.find((p) => p.isActive) ?? null;
  return {
    ...permissionSubject(found),
    settings: readSettings(definition, found.component.settings),
    currentPhaseSettings: readPhaseSettings(definition, found.component.phaseSettings, activePhase?.id ?? null),
    actor: request.actor,
    actions,
    locale: request.locale,
    path: request.path,
    searchParams: request.searchParams,
  };
}
