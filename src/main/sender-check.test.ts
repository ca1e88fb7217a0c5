import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-check';

describe('isTrustedSender', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle/index.html#/report/3', 'app://bundle/index.html?x=1'])(
    'trusts %s',
    (url) => {
      expect(isTrustedSender(url)).toBe(true);
    },
  );

  it.each([
    undefined,
    '',
    'app://bundle',
    'app://bundle.evil/index.html',
    'app://bundle@evil/index.html',
    'app://evil@bundle/index.html',
    'app://bundle:8080/index.html',
    'app://other/index.html',
    'APP://BUNDLE/index.html',
    'app:/bundle/index.html',
    'file:///opt/report-reader/out/renderer/index.html',
    'http://localhost:5173/',
    'https://example.com/',
    'https://bundle/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    'data:text/html,<p>x</p>',
  ])('does not trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});
