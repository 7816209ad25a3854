import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { AUTHOR_TRANSITIONS, IDEA_BASE_STATES, type IdeaBaseState, OFFICIAL_TRANSITIONS, REASON_REQUIRED } from '@/lib/ideas/states';

/**
 * The transition graph drawn for coordinators from the very table the server checks (lib/ideas/states.ts): for each
 * state, where an official may move it, and what the author may do. A list, so it reads the same to everyone.
 */
export async function TransitionGraph({ current, locale }: { current?: IdeaBaseState; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ideas' });
  return (
    <section aria-labelledby="transition-graph" className="rounded border border-gray-300 p-4">
      <h2 id="transition-graph" className="text-xl font-bold">{t('graph.heading')}</h2>
      <p className="mt-1 text-sm">{t('graph.intro')}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {IDEA_BASE_STATES.map((state) => {
          const targets = OFFICIAL_TRANSITIONS[state];
          const author = AUTHOR_TRANSITIONS[state] ?? [];
          return (
            <div key={state} className="contents">
              <dt className={`font-semibold ${state === current ? 'underline' : ''}`} aria-current={state === current ? 'true' : undefined}>
                {t(`states.${state}`)}
              </dt>
              <dd>
                {targets.length === 0 && author.length === 0
                  ? t('graph.final')
                  : [
                      targets.length > 0 ? t('graph.official', { states: targets.map((s) => t(`states.${s}`) + (REASON_REQUIRED.includes(s) ? ` (${t('graph.reasonRequired')})` : '')).join(', ') }) : null,
                      author.length > 0 ? t('graph.author', { states: author.map((s) => t(`states.${s}`)).join(', ') }) : null,
                    ]
                      .filter(Boolean)
                      .join(' ')}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
