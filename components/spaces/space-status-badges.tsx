import { getTranslations } from 'next-intl/server';

const badge = 'inline-block rounded border px-2 py-0.5 text-sm font-semibold';

/** Published/draft and private/public as text (never colour alone). */
export async function SpaceStatusBadges({ isPublished, isPrivate }: { isPublished: boolean; isPrivate: boolean }) {
  const t = await getTranslations('spaces.status');
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('label')}>
      <li className={`${badge} ${isPublished ? 'border-success text-success' : 'border-gray-500 text-muted'}`}>
        {isPublished ? t('published') : t('draft')}
      </li>
      <li className={`${badge} ${isPrivate ? 'border-brand-700 text-brand-800' : 'border-gray-500 text-muted'}`}>
        {isPrivate ? t('private') : t('public')}
      </li>
    </ul>
  );
}
