import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('forbidden.title')}</h1>
      <p className="mt-4 text-lg">{t('forbidden.body')}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
