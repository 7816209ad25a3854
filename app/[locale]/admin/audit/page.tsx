import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { decodeMessage } from '@/lib/core/validation-message';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { getCurrentOrganization } from '@/lib/organization/current';
import { canViewAuditLog } from '@/lib/users/permissions';
import { AuditFilterSchema, type AuditFilter } from '@/lib/audit/filter-schema';
import { firstValues } from '@/lib/records/search-params';
import { findAuditFacets, findAuditLogs } from '@/lib/audit/queries';
import { auditActionLabelKey, auditTargetTypeLabelKey } from '@/lib/audit/audit-labels';
import { PaginationNav } from '@/components/records/pagination-nav';
import { JsonDiff } from '@/components/records/json-diff';
import { inputClass } from '@/components/forms/fields';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_FIELDS = ['action', 'actorEmail', 'targetType', 'spaceId', 'from', 'to'] as const;

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/audit', canViewAuditLog);
  const [t, tValidation, format, organization] = await Promise.all([
    getTranslations('audit'),
    getTranslations('validation'),
    getFormatter(),
    getCurrentOrganization(),
  ]);
  const raw = firstValues(await searchParams);
  const parsed = AuditFilterSchema.safeParse(raw);
  // Bad query parameters (hand-edited URL) show which filter is wrong instead of an error page; the log is then
  // shown unfiltered so the page stays useful.
  const filter: AuditFilter = parsed.success ? parsed.data : { page: 1 };
  const filterErrors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const { key, params: messageParams } = decodeMessage(issue.message);
        const fieldLabel = (FILTER_FIELDS as readonly string[]).includes(field) ? t(`filters.${field}`) : field;
        return `${fieldLabel}: ${tValidation.has(key) ? tValidation(key, messageParams) : tValidation('invalid')}`;
      });
  const timeZone = organization.timeZone;
  const [{ entries, total, page, pageCount }, facets] = await Promise.all([
    findAuditLogs(actor.organizationId, filter, timeZone),
    findAuditFacets(actor.organizationId),
  ]);
  const filteredSpaceTitle = filter.spaceId ? entries.find((e) => e.spaceTitle)?.spaceTitle : undefined;
  const shown = (name: (typeof FILTER_FIELDS)[number]) => (parsed.success ? (filter[name] ?? '') : (raw[name] ?? ''));
  const actionLabel = (action: string) => {
    const key = auditActionLabelKey(action);
    return key ? t(`actions.${key}`) : action;
  };
  const targetTypeLabel = (type: string) => {
    const key = auditTargetTypeLabelKey(type);
    return key ? t(`targetTypes.${key}`) : type;
  };

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl">{t('intro')}</p>

      <form method="get" aria-labelledby="audit-filter-heading" className="mt-6 rounded border border-gray-300 p-4">
        <h2 id="audit-filter-heading" className="mb-3 text-xl font-bold">
          {t('filters.heading')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="audit-action" className="block font-semibold">{t('filters.action')}</label>
            <select id="audit-action" name="action" defaultValue={shown('action')} className={inputClass}>
              <option value="">{t('filters.any')}</option>
              {facets.actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                  {auditActionLabelKey(a) ? ` (${a})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-actor" className="block font-semibold">{t('filters.actorEmail')}</label>
            <input id="audit-actor" name="actorEmail" type="search" defaultValue={shown('actorEmail')} className={inputClass} />
          </div>
          <div>
            <label htmlFor="audit-target-type" className="block font-semibold">{t('filters.targetType')}</label>
            <select id="audit-target-type" name="targetType" defaultValue={shown('targetType')} className={inputClass}>
              <option value="">{t('filters.any')}</option>
              {facets.targetTypes.map((type) => (
                <option key={type} value={type}>
                  {targetTypeLabel(type)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-from" className="block font-semibold">{t('filters.from')}</label>
            <input id="audit-from" name="from" type="date" defaultValue={shown('from')} className={inputClass} />
          </div>
          <div>
            <label htmlFor="audit-to" className="block font-semibold">{t('filters.to')}</label>
            <input id="audit-to" name="to" type="date" defaultValue={shown('to')} className={inputClass} />
          </div>
          {shown('spaceId') && <input type="hidden" name="spaceId" value={shown('spaceId')} />}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('filters.submit')}
          </button>
          <Link href="/admin/audit" className="text-brand-700 underline">
            {t('filters.clear')}
          </Link>
        </div>
      </form>

      {filterErrors.length > 0 && (
        <div role="alert" className="mt-4 rounded border-2 border-danger bg-red-50 px-4 py-3 text-danger">
          <p className="font-semibold">{t('filters.invalid')}</p>
          <ul className="list-disc pl-6">
            {filterErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {parsed.success && filter.spaceId && (
        <p className="mt-4">
          {t('filters.spaceNote', { space: filteredSpaceTitle ? localize(filteredSpaceTitle, locale) : filter.spaceId })}
        </p>
      )}

      <TableScrollRegion label={t('caption', { total })} className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">{t('caption', { total })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t('columns.time')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.actor')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.action')}</th>
              <th scope="col" className="py-2 pr-4">{t('columns.target')}</th>
              <th scope="col" className="py-2">{t('columns.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && (
              <tr>
                <td colSpan={5} className="py-4 text-muted">{t('empty')}</td>
              </tr>
            )}
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-gray-300 align-top">
                <td className="whitespace-nowrap py-2 pr-4">
                  <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, 'dateTime', { timeZone })}</time>
                </td>
                <td className="py-2 pr-4">
                  {e.actor ? (
                    <>
                      {e.actor.displayName}
                      <br />
                      <span className="break-all text-sm text-muted">{e.actor.email}</span>
                    </>
                  ) : (
                    <span className="text-muted">{t('unknownActor')}</span>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {actionLabel(e.action)}
                  {auditActionLabelKey(e.action) && (
                    <>
                      <br />
                      <code className="text-sm text-muted">{e.action}</code>
                    </>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {targetTypeLabel(e.targetType)}
                  {e.targetUserEmail && e.targetId ? (
                    <>
                      {': '}
                      <Link href={`/admin/users/${e.targetId}`} className="break-all text-brand-700 underline">
                        {e.targetUserEmail}
                      </Link>
                    </>
                  ) : e.targetSpaceTitle ? (
                    <>
                      {': '}
                      <span lang={localizedLang(e.targetSpaceTitle, locale)}>{localize(e.targetSpaceTitle, locale)}</span>
                    </>
                  ) : e.targetId ? (
                    <span className="block break-all text-sm text-muted">{e.targetId}</span>
                  ) : null}
                  {e.spaceTitle && e.targetType !== 'Space' && (
                    <span className="block text-sm">
                      {t('inSpace')}{' '}
                      <span lang={localizedLang(e.spaceTitle, locale)}>{localize(e.spaceTitle, locale)}</span>
                    </span>
                  )}
                </td>
                <td className="py-2">
                  <JsonDiff before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
      <PaginationNav
        pathname="/admin/audit"
        query={parsed.success ? Object.fromEntries(FILTER_FIELDS.map((f) => [f, filter[f]])) : {}}
        page={page}
        pageCount={pageCount}
      />
    </div>
  );
}
