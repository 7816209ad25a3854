import { getTranslations } from 'next-intl/server';

const badge = 'inline-block rounded border px-2 py-0.5 text-sm font-semibold';

/** "Luonnos" and "Yksityinen" as visible text, shown only when they apply (the public default needs no badge). */
export async function PublicSpaceBadges({ isPublished, isPrivate }: { isPublished: boolean; isPrivate: boolean }) {
  if (isPublished && !isPrivate) return null;
  const t = await getTranslations('publicSpaces.badges');
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('label')}>
      {!isPublished && <li className={`${badge} border-gray-600 bg-gray-100 text-ink`}>{t('draft')}</li>}
      {isPrivate && <li className={`${badge} border-brand-700 text-brand-800`}>{t('private')}</li>}
    </ul>
  );
}
