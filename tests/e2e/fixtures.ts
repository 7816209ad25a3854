/**
 * Shared e2e helpers. Import `test` and `expect` from here instead of @playwright/test:
 *
 *   import { test, expect, demoUsers } from './fixtures';
 *
 *   test('admin sees the admin page', async ({ page, signIn, expectNoA11yViolations }) => {
 *     await signIn(demoUsers.admin);
 *     await page.goto('/fi/admin');
 *     await expectNoA11yViolations();
 *   });
 *
 *   test('registration mail', async ({ page, mailbox }) => {
 *     const since = new Date();
 *     // … submit a form that sends mail to `email` …
 *     const mail = await mailbox.waitFor(email, { subject: /Vahvista/, since });
 *     await page.goto(mailbox.firstUrl(mail));
 *   });
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { firstUrl, readMailbox, requireFirstUrl, waitForMail, type ReceivedMail, type WaitForMailOptions } from '../setup/mailbox';

export { expect };
export type { ReceivedMail };

/** The demo users of prisma/seed.ts (created outside production, and in every test database). */
export const DEMO_PASSWORD = 'Kuopio-demo-2026';
export const demoUsers = {
  admin: 'admin@kuopio.example',
  spaceAdmin: 'spaceadmin@kuopio.example',
  coordinator: 'coordinator@kuopio.example',
  coordinatorPetonen: 'coordinator.petonen@kuopio.example',
  evaluator: 'evaluator@kuopio.example',
  moderator: 'moderator@kuopio.example',
  staff: 'staff@kuopio.example',
  resident: 'resident@kuopio.example',
  youth: 'youth@kuopio.example',
} as const;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type A11yOptions = {
  /** CSS selector to check only part of the page */
  include?: string;
  /** CSS selectors to leave out (e.g. a third-party widget); say why next to the call */
  exclude?: string[];
};

/**
 * Runs axe with the WCAG 2.1 A and AA rules and fails listing every violation readably; then checks that the page
 * reflows at 320 CSS pixels without sideways scrolling (expectReflow).
 */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // After a client-side navigation Next.js streams the new page's metadata, so <title> can arrive a moment after the
  // content. Let the page settle first; a page that never gets a title still fails axe's document-title rule below.
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
      return `  ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.nodes.length} element(s))\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
  expect(violations, `Accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
  await expectReflow(page);
}

/** WCAG 2.1 1.4.10 Reflow: 320 CSS pixels is a 1280 px wide window at 400 % zoom, or a small phone. */
export const REFLOW_WIDTH = 320;

/**
 * Fails when the page scrolls sideways at 320 CSS pixels. The viewport is narrowed for the check and then restored,
 * so the test goes on as before. Content that must keep two dimensions (a data table) may scroll inside its own
 * labelled region, which does not make the page scroll. The report names the widest elements to fix.
 */
export async function expectReflow(page: Page): Promise<void> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: original?.height ?? 720 });
  try {
    // Reading layout sizes forces a synchronous layout at the new width (no animation frame needed: those may not
    // come at all while headless Chromium throttles the page).
    const result = await page.evaluate(() => {
      const root = document.documentElement;
      const limit = root.clientWidth;
      // The usual case costs one layout; the search for the culprits only runs when there is something to report.
      if (root.scrollWidth <= limit) return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits: [] };
      const describe = (el: Element, right: number) => {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return { right, label: `<${el.tagName.toLowerCase()}${id}${cls}> right=${Math.round(right)} "${text}"` };
      };
      // Inside a scrolling region only what escapes it (positioned elements) can widen the page.
      const insideScroller = (el: Element) => {
        if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
        return false;
      };
      // Boxes and runs of text that stick out (a long word can overflow a box that itself fits), widest first.
      const found: { right: number; label: string }[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right <= limit + 1 || insideScroller(el)) continue;
        if (![...el.children].some((c) => c.getBoundingClientRect().right > limit + 1)) found.push(describe(el, right));
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement || insideScroller(node.parentElement)) continue;
        range.selectNodeContents(node);
        const right = range.getBoundingClientRect().right;
        if (right > limit + 1) found.push(describe(node.parentElement, right));
      }
      const culprits = [...new Set(found.sort((a, b) => b.right - a.right).map((f) => f.label))].slice(0, 8);
      return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
    });
    expect(
      result.scrollWidth,
      `${page.url()} scrolls sideways at ${REFLOW_WIDTH} px by ${result.scrollWidth - result.clientWidth} px (WCAG 1.4.10); ` +
        `sticking out:\n  ${result.culprits.join('\n  ')}`,
    ).toBeLessThanOrEqual(result.clientWidth);
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/**
 * Signs in through the sign-in form at /{locale}/sign-in, as a real user would, and waits until the browser has
 * left the sign-in page.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = 'fi'): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  const main = page.getByRole('main');
  await main.getByLabel('Sähköposti', { exact: true }).fill(email);
  await main.getByLabel('Salasana', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
  await expect(page, `signing in as ${email} did not leave the sign-in page`).not.toHaveURL(/\/sign-in(\?|$)/);
}

export type Mailbox = {
  /** messages received for the address so far, oldest first */
  read: (to: string) => ReceivedMail[];
  /** waits for a (matching) message; pass `since: new Date()` taken before the action to ignore older mail */
  waitFor: (to: string, options?: WaitForMailOptions) => Promise<ReceivedMail>;
  /** the first link in the message (text body, else HTML); throws when there is none */
  firstUrl: (mail: ReceivedMail) => string;
};

export const mailbox: Mailbox = {
  read: (to) => readMailbox(to),
  waitFor: (to, options) => waitForMail(to, options),
  firstUrl: (mail) => requireFirstUrl(mail),
};

export { firstUrl };

/** An address no other test uses, e.g. uniqueEmail('register') → register-1732312345678-4821@example.test */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 10_000)}@example.test`.toLowerCase();
}

type Fixtures = {
  /** expectNoA11yViolations for the test's page */
  expectNoA11yViolations: (options?: A11yOptions) => Promise<void>;
  /** signIn for the test's page; the password defaults to the demo password */
  signIn: (email: string, password?: string) => Promise<void>;
  mailbox: Mailbox;
};

export const test = base.extend<Fixtures>({
  // (the fixture callback is named `provide`, not Playwright's usual `use`, which React's lint rules take for a hook)
  expectNoA11yViolations: async ({ page }, provide) => {
    await provide((options) => expectNoA11yViolations(page, options));
  },
  signIn: async ({ page }, provide) => {
    await provide((email, password) => signIn(page, email, password));
  },
  mailbox: async ({}, provide) => {
    await provide(mailbox);
  },
});
