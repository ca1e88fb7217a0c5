/**
 * A hostile saved web page cannot run script in the app. Two locks are
 * proved apart: the importer keeps only a report's text, so nothing of the
 * page's markup reaches the reader; and the page's Content-Security-Policy
 * (script-src 'self') stops inline handlers even if markup did get in.
 */
import { expect, test } from '@playwright/test';
import { importWithButton, openApp, reader } from './support/app';
import { expectReportShownAsTextOnly, HOSTILE_REPORT_FILE, HOSTILE_REPORT_TITLE } from './support/hostile-report';

test('a report page full of script payloads imports as text, and none of them runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);
  await importWithButton(page, HOSTILE_REPORT_FILE);
  await expect(reader(page).getByRole('heading', { level: 1, name: HOSTILE_REPORT_TITLE })).toBeVisible();
  await expectReportShownAsTextOnly(page);

  // Opened again from the library, after a reload: still text only.
  await page.reload();
  await page.getByRole('list', { name: '报告库' }).getByText(HOSTILE_REPORT_TITLE).click();
  await expectReportShownAsTextOnly(page);
  expect(dialogs).toEqual([]);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
});

test('the page’s CSP blocks an inline handler injected straight into the document', async ({ page }) => {
  await openApp(page);
  const outcome = await page.evaluate(
    () =>
      new Promise<{ errorFired: boolean; violated: string; pwned: string }>((resolve) => {
        let violated = '';
        document.addEventListener('securitypolicyviolation', (event) => {
          violated = event.effectiveDirective;
        });
        const host = document.createElement('div');
        host.innerHTML = '<img src="/no-such-image.png" onerror="window.__pwned=1">';
        const img = host.querySelector('img')!;
        img.addEventListener('error', () => {
          // The inline handler, had it been allowed, ran before this listener's task ends.
          setTimeout(
            () => resolve({ errorFired: true, violated, pwned: typeof (window as unknown as { __pwned?: unknown }).__pwned }),
            100,
          );
        });
        document.body.append(host);
      }),
  );
  expect(outcome).toEqual({ errorFired: true, violated: 'script-src-attr', pwned: 'undefined' });
});
