import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ActionAvailability } from '@/lib/core/components/action-availability';
import { actionNotice } from '@/lib/core/components/action-notice';

/**
 * Where a kind's view would show an action's button (comment, vote…), it shows this when the action is not open to
 * the visitor: why, in their language, with a sign-in link when signing in is what is missing. Renders nothing
 * when the action is open, so views write `{open ? <Form/> : <ActionNotice …/>}` or place it beside the button.
 */
export async function ActionNotice({ action, availability, returnTo }: { action: string; availability: ActionAvailability; returnTo: string }) {
  const notice = actionNotice(action, availability);
  if (!notice) return null;
  const [t, format] = await Promise.all([getTranslations('components.actions'), getFormatter()]);
  const text = t(notice.key, notice.date ? { date: format.dateTime(notice.date, 'short') } : {});
  return (
    <p className="rounded border-2 border-gray-400 bg-gray-50 px-4 py-3">
      {notice.signIn ? (
        <Link href={{ pathname: '/sign-in', query: { returnTo } }} className="font-semibold text-brand-700 underline">
          {text}
        </Link>
      ) : (
        text
      )}
    </p>
  );
}
