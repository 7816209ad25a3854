import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/config';
import { DRAFT_STEPS, type DraftStep } from '@/lib/ideas/paths';

/**
 * Where the resident is in the submission, as an ordered list: done steps are links back (the draft is kept), the
 * current one is marked with aria-current="step". Before the draft exists, only the first step is "current".
 */
export async function StepIndicator({ current, stepHref, locale }: { current: DraftStep; stepHref: ((step: DraftStep) => string) | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ideas.submit' });
  return (
    <nav aria-label={t('stepsLabel')} className="mt-4">
      <ol className="flex flex-wrap gap-2 text-sm">
        {DRAFT_STEPS.map((step, i) => {
          const label = t('stepName', { n: i + 1, name: t(`steps.${step}`) });
          const isCurrent = step === current;
          return (
            <li key={step} className={`rounded border px-3 py-1 ${isCurrent ? 'border-brand-700 bg-brand-50 font-bold' : 'border-gray-300'}`}>
              {isCurrent ? (
                <span aria-current="step">{label}</span>
              ) : stepHref ? (
                <Link href={stepHref(step)} className="text-brand-700 underline">{label}</Link>
              ) : (
                <span>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
