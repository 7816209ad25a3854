import Link from 'next/link';
import { loadMessages } from '@/lib/i18n/messages';

type NotFoundMessages = { common: { notFound: { title: string; home: string } } };

// Reached only for URLs outside any locale (the proxy prefixes all page URLs), so it speaks Finnish with links to
// the front page in every language, each in its own language.
export default function GlobalNotFound() {
  const [fi, sv, en] = (['fi', 'sv', 'en'] as const).map((l) => (loadMessages(l) as NotFoundMessages).common.notFound);
  return (
    <html lang="fi">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <main>
          <h1>{fi!.title}</h1>
          <p>
            <Link href="/fi">{fi!.home}</Link> · <Link href="/sv" lang="sv">{sv!.home}</Link> ·{' '}
            <Link href="/en" lang="en">{en!.home}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
