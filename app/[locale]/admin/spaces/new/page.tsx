import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { env } from '@/lib/env';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { findAreaOptions } from '@/lib/spaces/admin-queries';
import { canCreateSpace } from '@/lib/spaces/permissions';
import { CreateSpaceForm } from '@/components/spaces/space-form';

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const t = await getTranslations('spaces.admin.new');
  const kind = (await searchParams).kind;
  return { title: kind === 'PROCESS' ? t('titleProcess') : kind === 'ASSEMBLY' ? t('titleAssembly') : t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewSpacePage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const rawKind = (await searchParams).kind;
  const kind = rawKind === 'PROCESS' || rawKind === 'ASSEMBLY' ? rawKind : null;
  const actor = await requirePagePermission(locale, kind ? `/admin/spaces/new?kind=${kind}` : '/admin/spaces/new', canCreateSpace);
  const t = await getTranslations('spaces.admin');

  if (!kind) {
    return (
      <div>
        <h1 className="text-3xl font-bold">{t('new.title')}</h1>
        <p className="mt-2">{t('new.chooseKind')}</p>
        <ul className="mt-4 space-y-2">
          <li>
            <Link href={{ pathname: '/admin/spaces/new', query: { kind: 'PROCESS' } }} className="font-semibold text-brand-700 underline">
              {t('new.titleProcess')}
            </Link>
          </li>
          <li>
            <Link href={{ pathname: '/admin/spaces/new', query: { kind: 'ASSEMBLY' } }} className="font-semibold text-brand-700 underline">
              {t('new.titleAssembly')}
            </Link>
          </li>
        </ul>
      </div>
    );
  }

  const areas = await findAreaOptions(actor.organizationId);
  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/spaces" className="font-medium text-brand-700 underline">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{kind === 'PROCESS' ? t('new.titleProcess') : t('new.titleAssembly')}</h1>
      <p className="mt-2 max-w-3xl">{kind === 'PROCESS' ? t('new.introProcess') : t('new.introAssembly')}</p>
      <p className="mt-2 mb-6 max-w-3xl">{t('new.draftNote')}</p>
      <CreateSpaceForm
        kind={kind}
        areas={areas.map((a) => ({ id: a.id, label: localize(a.name, locale), lang: localizedLang(a.name, locale) }))}
        imageHosts={env().IMAGE_HOSTS}
      />
    </div>
  );
}
