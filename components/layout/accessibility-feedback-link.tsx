'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

/**
 * "Report an accessibility problem on this page": opens the statement's feedback form with the page's address
 * already filled in, so a resident does not have to copy it (law 306/2019 asks for an easy feedback channel).
 */
export function AccessibilityFeedbackLink({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const page = `/${locale}${pathname === '/' ? '' : pathname}`;
  return (
    <Link href={{ pathname: '/accessibility', query: { page }, hash: 'feedback-heading' }} className="text-brand-700 underline">
      {label}
    </Link>
  );
}
