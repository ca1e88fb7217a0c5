import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener, externalLinkTarget, MAX_EXTERNAL_LINK_LENGTH, type ExternalLinkDeps } from './external-link';

describe('externalLinkTarget', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', 'https://www.gov.cn/zhengce/'],
    ['http://www.stats.gov.cn/sj/', 'http://www.stats.gov.cn/sj/'],
    ['https://www.gov.cn', 'https://www.gov.cn/'],
    ['HTTPS://WWW.GOV.CN/a?b=1#c', 'https://www.gov.cn/a?b=1#c'],
    ['https://www.gov.cn:8443/x', 'https://www.gov.cn:8443/x'],
    ['https://www.gov.cn/政策/报告', 'https://www.gov.cn/%E6%94%BF%E7%AD%96/%E6%8A%A5%E5%91%8A'],
    ['https://政府.中国/', 'https://xn--mxtq1m.xn--fiqs8s/'],
    ['mailto:office@example.gov.cn', 'mailto:office@example.gov.cn'],
    ['mailto:a@example.cn,b@example.cn', 'mailto:a@example.cn,b@example.cn'],
    ['mailto:office@example.gov.cn?subject=%E6%8A%A5%E5%91%8A&cc=c@example.cn', 'mailto:office@example.gov.cn?subject=%E6%8A%A5%E5%91%8A&cc=c@example.cn'],
  ])('offers %s as %s', (url, target) => {
    expect(externalLinkTarget(url)).toBe(target);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript in capitals', 'JavaScript:alert(1)'],
    ['javascript split by a newline', 'java\nscript:alert(1)'],
    ['javascript split by a tab', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['UNC share', 'file://server/share/run.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://bundle/1234'],
    ['the bundle', 'app://bundle/index.html'],
    ['about', 'about:blank'],
    ['chrome', 'chrome://settings'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['ftp', 'ftp://ftp.example.cn/report.pdf'],
    ['smb', 'smb://server/share'],
    ['ms-settings', 'ms-settings:privacy'],
    ['search-ms', 'search-ms:query=report&crumb=location:\\\\evil\\share'],
    ['a custom scheme', 'weixin://dl/chat'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['credentials', 'https://user:pass@www.gov.cn/'],
    ['a user name posing as the host', 'https://www.gov.cn@evil.example/'],
    ['no host', 'https:///path'],
    ['backslashes for slashes', 'https:\\\\evil.example/'],
    ['one slash', 'https:/evil.example/'],
    ['no slashes', 'https:evil.example'],
    ['relative', '/index.html'],
    ['scheme-relative', '//evil.example/'],
    ['no scheme', 'www.gov.cn'],
    ['leading space', ' https://www.gov.cn/'],
    ['trailing newline', 'https://www.gov.cn/\n'],
    ['a space inside', 'https://www.gov.cn/a b'],
    ['an ideographic space', 'https://www.gov.cn/\u3000'],
    ['a right-to-left override', 'https://www.gov.cn/\u202Efdp.exe'],
    ['a zero-width space', 'https://www.gov\u200B.cn/'],
    ['a null byte', 'https://www.gov.cn/\0'],
    ['empty', ''],
    ['too long', `https://www.gov.cn/${'a'.repeat(MAX_EXTERNAL_LINK_LENGTH)}`],
    ['mailto with no address', 'mailto:'],
    ['mailto with only fields', 'mailto:?to=a@example.cn'],
    ['mailto with an attachment', 'mailto:a@example.cn?attach=/etc/passwd'],
    ['mailto with an attachment in capitals', 'mailto:a@example.cn?ATTACHMENT=C:\\secret.txt'],
    ['mailto with a header field', 'mailto:a@example.cn?X-Header=1'],
    ['mailto with a display name', 'mailto:%22Office%22%20%3Ca@example.cn%3E'],
    ['mailto without a domain', 'mailto:office'],
    ['mailto with a bad escape', 'mailto:%E6@example.cn'],
  ])('refuses %s', (_name, url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });
});

/** An opener over recorded stand-ins: `answer` is the user's reply to each question. */
function opener(answer: (target: string) => Promise<boolean>) {
  const deps = {
    confirm: vi.fn(answer),
    openExternal: vi.fn(async (_target: string) => undefined),
  } satisfies ExternalLinkDeps;
  return { deps, open: createExternalLinkOpener(deps) };
}

describe('createExternalLinkOpener', () => {
  it('opens a web link only after the user agrees, with the URL they were shown', async () => {
    const { deps, open } = opener(async () => true);
    expect(await open('HTTPS://www.gov.cn/zhengce')).toBe('opened');
    expect(deps.confirm).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/zhengce');
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/zhengce');
    expect(deps.confirm.mock.invocationCallOrder[0]).toBeLessThan(deps.openExternal.mock.invocationCallOrder[0]!);
  });

  it('opens a mail link after agreement too', async () => {
    const { deps, open } = opener(async () => true);
    expect(await open('mailto:office@example.gov.cn?subject=hi')).toBe('opened');
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('mailto:office@example.gov.cn?subject=hi');
  });

  it('opens nothing when the user declines', async () => {
    const { deps, open } = opener(async () => false);
    expect(await open('https://www.gov.cn/')).toBe('declined');
    expect(deps.confirm).toHaveBeenCalledOnce();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'app://bundle/index.html', 'weixin://dl/chat', 'https://a:b@www.gov.cn/'])(
    'never asks about or opens %s, even for a user who agrees to everything',
    async (url) => {
      const { deps, open } = opener(async () => true);
      expect(await open(url)).toBe('refused');
      expect(deps.confirm).not.toHaveBeenCalled();
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('asks one question at a time: links arriving meanwhile are dropped', async () => {
    let reply: (agreed: boolean) => void = () => undefined;
    const { deps, open } = opener(() => new Promise<boolean>((resolve) => (reply = resolve)));
    const first = open('https://www.gov.cn/1');
    expect(await open('https://www.gov.cn/2')).toBe('busy');
    reply(true);
    expect(await first).toBe('opened');
    expect(deps.openExternal.mock.calls).toEqual([['https://www.gov.cn/1']]);
    // The question is closed: the next link is asked about again.
    const third = open('https://www.gov.cn/3');
    reply(false);
    expect(await third).toBe('declined');
    expect(deps.confirm).toHaveBeenCalledTimes(2);
  });

  it('turns a failing dialog or system into "failed", and asks again afterwards', async () => {
    const { deps, open } = opener(async () => {
      throw new Error('no dialog');
    });
    expect(await open('https://www.gov.cn/')).toBe('failed');
    expect(deps.openExternal).not.toHaveBeenCalled();

    const failing = createExternalLinkOpener({
      confirm: async () => true,
      openExternal: async () => {
        throw new Error('no browser');
      },
    });
    expect(await failing('https://www.gov.cn/')).toBe('failed');
    expect(await failing('https://www.gov.cn/')).toBe('failed');
  });
});

describe('shell.openExternal in the sources', () => {
  const src = resolve(import.meta.dirname, '..');

  /** Every TypeScript source under src, tests excluded; their comments are not looked at. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  it('is called in one place only: as the opener’s openExternal, behind the question', () => {
    const mentions = sources(src).flatMap((path) => {
      const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const found = [
        ...text.matchAll(/\bshell\s*\.\s*openExternal\b/g),
        ...text.matchAll(/import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]/g),
      ];
      return found.map(() => relative(src, path).split(/[\\/]/).join('/'));
    });
    expect(mentions.sort()).toEqual(['main/index.ts', 'main/index.ts']);
    const index = readFileSync(join(src, 'main', 'index.ts'), 'utf8');
    expect(index).toMatch(/createExternalLinkOpener\(\{[^}]*openExternal: \(target\) => shell\.openExternal\(target\),\s*\}\)/);
  });
});
