import { getTranslations } from 'next-intl/server';

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The before/after values of an audit entry, collapsed by default so the table stays scannable. */
export async function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations('audit.changes');
  if (before == null && after == null) return <span className="text-muted">{t('none')}</span>;
  return (
    <details>
      <summary className="cursor-pointer font-medium text-brand-700 underline">{t('show')}</summary>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        <div>
          <p className="font-semibold">{t('before')}</p>
          <pre className="whitespace-pre-wrap break-all rounded bg-gray-100 p-2 text-sm">
            {before == null ? t('empty') : pretty(before)}
          </pre>
        </div>
        <div>
          <p className="font-semibold">{t('after')}</p>
          <pre className="whitespace-pre-wrap break-all rounded bg-gray-100 p-2 text-sm">
            {after == null ? t('empty') : pretty(after)}
          </pre>
        </div>
      </div>
    </details>
  );
}
