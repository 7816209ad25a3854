import { asLocalizedText } from '@/lib/core/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { BASE_STATE_COLOURS, isStateColour, STATE_COLOURS } from '@/lib/ideas/state-colours';
import type { IdeaBaseState } from '@/lib/ideas/states';

type Translate = (key: string) => string;

/** The public label, colour and language of an idea's state: its custom state's own, or the base state's. */
export function stateLook(t: Translate, state: IdeaBaseState, custom: { label: unknown; colour: string } | null, locale: Locale) {
  if (custom) {
    const label = asLocalizedText(custom.label);
    const text = label[locale] || label.fi;
    if (text) return { label: text, colour: isStateColour(custom.colour) ? custom.colour : BASE_STATE_COLOURS[state], lang: label[locale] ? locale : 'fi' };
  }
  return { label: t(`states.${state}`), colour: BASE_STATE_COLOURS[state], lang: undefined };
}

/** A state as a badge; the palette keeps every colour readable (lib/ideas/state-colours.ts). */
export function IdeaStateBadge({ look }: { look: ReturnType<typeof stateLook> }) {
  return (
    <span lang={look.lang} className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STATE_COLOURS[look.colour]}`}>
      {look.label}
    </span>
  );
}
