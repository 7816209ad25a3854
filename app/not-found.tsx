import Link from 'next/link';

// Reached only for URLs outside any locale (the proxy prefixes all page URLs), so it is in Finnish with a
// pointer to the Swedish and English front pages.
export default function GlobalNotFound() {
  return (
    <html lang="fi">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <main>
          <h1>Sivua ei löytynyt</h1>
          <p>
            <Link href="/fi">Etusivulle</Link> · <Link href="/sv" lang="sv">Till startsidan</Link> ·{' '}
            <Link href="/en" lang="en">To the front page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
