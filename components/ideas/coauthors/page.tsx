import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { publicIdeasPath } from '@/lib/ideas/paths';
import { getCoauthorsView } from '@/lib/ideas/queries';
import { COAUTHORS_MAX } from '@/lib/ideas/schema';
import type { IdeasPhaseSettings, IdeasSettings } from '@/lib/ideas/settings';
import { ClientMessages } from '@/components/layout/client-messages';
import { CoauthorButton } from './coauthor-button';
import { CoauthorInviteForm } from './invite-form';

type Context = ComponentContext<IdeasSettings, IdeasPhaseSettings>;

const CLIENT_PATHS = ['ideas.coauthors'];

/**
 * An idea's co-authors, for the people concerned only (never a shared copy): its author invites and removes them and
 * sees who has not answered yet; a co-author sees who joined and may leave; an invited person accepts or declines.
 * Anyone else, and anyone signed out, gets "not found".
 */
export async function CoauthorsPage({ component, space, actor, locale, ideaId }: Context & { ideaId: string }) {
  if (!actor) notFound();
  const view = await getCoauthorsView(actor, actor.organizationId, component.id, ideaId);
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: 'ideas.coauthors' });
  const ideaHref = publicIdeasPath(space.slug, component.id, view.idea.id);
  const names = [view.idea.author?.displayName, ...view.joined.map((j) => j.name)].filter((n): n is string => !!n);
  const open = view.idea.moderationState === 'VISIBLE' && view.idea.state !== 'WITHDRAWN';
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-lg" lang={view.idea.locale}>{view.idea.title}</p>
      <ClientMessages paths={CLIENT_PATHS}>
        {view.role === 'invited' && view.invitationId && (
          <section aria-labelledby="invitation-h" className="mt-6 max-w-2xl rounded border-2 border-brand-700 bg-brand-50 p-4">
            <h2 id="invitation-h" className="text-xl font-bold">{t('invitationHeading')}</h2>
            <p className="mt-2">{t('invitationText', { name: view.idea.author?.displayName ?? t('deletedUser') })}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <CoauthorButton kind="accept" componentId={component.id} ideaId={view.idea.id} doneHref={ideaHref} />
              <CoauthorButton kind="decline" componentId={component.id} ideaId={view.idea.id} doneHref={ideaHref} />
            </div>
          </section>
        )}
        {view.role !== 'invited' && (
          <section aria-labelledby="joined-h" className="mt-6 max-w-2xl">
            <h2 id="joined-h" className="text-xl font-bold">{t('authorsHeading')}</h2>
            <p className="mt-1">{t('authorsIntro')}</p>
            <ul className="mt-2 divide-y divide-gray-300 border-y border-gray-300">
              <li className="py-2">{view.idea.author?.displayName ?? t('deletedUser')} <span className="text-sm text-muted">({t('author')})</span></li>
              {view.joined.map((j) => (
                <li key={j.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{j.name || t('deletedUser')}</span>
                  {view.role === 'author' && <CoauthorButton kind="remove" componentId={component.id} ideaId={view.idea.id} coauthorId={j.id} name={j.name} />}
                  {j.own && <CoauthorButton kind="leave" componentId={component.id} ideaId={view.idea.id} coauthorId={j.id} doneHref={ideaHref} />}
                </li>
              ))}
            </ul>
            {names.length === 1 && <p className="mt-2 text-sm">{t('noCoauthors')}</p>}
          </section>
        )}
        {view.role === 'author' && view.waiting.length > 0 && (
          <section aria-labelledby="waiting-h" className="mt-6 max-w-2xl">
            <h2 id="waiting-h" className="text-xl font-bold">{t('waitingHeading')}</h2>
            <p className="mt-1 text-sm">{t('waitingIntro')}</p>
            <ul className="mt-2 divide-y divide-gray-300 border-y border-gray-300">
              {view.waiting.map((w) => (
                <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="break-all">{w.email}</span>
                  <CoauthorButton kind="cancel" componentId={component.id} ideaId={view.idea.id} coauthorId={w.id} name={w.email} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {view.role === 'author' &&
          (open && view.joined.length + view.waiting.length < COAUTHORS_MAX ? (
            <CoauthorInviteForm componentId={component.id} ideaId={view.idea.id} />
          ) : (
            <p role="note" className="mt-6 max-w-2xl rounded border-2 border-gray-600 bg-gray-100 px-4 py-3">{open ? t('limitReached', { max: COAUTHORS_MAX }) : t('closed')}</p>
          ))}
      </ClientMessages>
      <p className="mt-8">
        <Link href={ideaHref} className="text-brand-700 underline">{t('backToIdea')}</Link>
      </p>
    </div>
  );
}
