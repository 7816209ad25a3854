import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { AccessibilityFeedbackLink } from './accessibility-feedback-link';

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <footer className="mt-12 border-t border-gray-300 bg-gray-50 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p className="text-muted">{t('footer.openSource')}</p>
        <nav aria-label={t('footer.navigation')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link href="/accessibility" className="text-brand-700 underline">
                {t('footer.accessibility')}
              </Link>
            </li>
            <li>
              <AccessibilityFeedbackLink label={t('footer.reportProblem')} />
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
