/**
 * The high-severity Electronegativity findings that do not apply to this
 * app, each with the reason and the test that proves the reason. Every
 * other high finding fails `npm test`; an entry that stops matching fails it
 * too, so the list never allows more than it says.
 */
import type { AllowedFinding } from './scan-verdict';

/** The allowed high findings (files relative to src/). */
export const ALLOWED_HIGH_FINDINGS: readonly AllowedFinding[] = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    code: 'new BrowserWindow(mainWindowOptions(',
    reason:
      'the check reads only an object literal written inside `new BrowserWindow(...)`; the options come from ' +
      'mainWindowOptions(), whose webPreferences (createWebPreferences in main/window-security.ts) set contextIsolation, ' +
      'sandbox and no nodeIntegration (main/window-security.test.ts, main/main-window-options.test.ts)',
  },
];
