import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('body')}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
