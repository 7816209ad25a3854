import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickClientMessages } from '@/lib/i18n/client-namespaces';
import { getActor } from '@/lib/auth/current-actor';
import { canAccessAdmin } from '@/lib/admin/permissions';
import { AdminNav } from '@/components/admin/admin-nav';

// Presentation only: shows the admin navigation to those who may use it. Each admin page and server action
// checks permissions itself (a layout check protects nothing).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [actor, messages] = await Promise.all([getActor(), getMessages()]);
  // Admin pages are forms of every feature: they get every client namespace (the public layout sends only its own).
  return (
    <NextIntlClientProvider messages={pickClientMessages(messages)}>
      <div className="md:flex md:gap-8">
        {actor && canAccessAdmin(actor) && <AdminNav actor={actor} />}
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
