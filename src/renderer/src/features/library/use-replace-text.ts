/**
 * The reader's 替换文本 action: the analyst picks a newer file of the open
 * report; it is parsed in the import worker and the report's text replaced,
 * its highlights re-anchored (see `replaceReportText`). Says what became of
 * the highlights, or why the file could not be used.
 */
import { useCallback, useState } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { sha256Hex } from '../../lib/sha256';
import { platform } from '../../platform';
import { toImportFailure } from './import-outcome';
import { replaceReportText } from './replace-report-text';
import { createWorkerParser } from './worker-parser';

export interface ReplaceText {
  busy: boolean;
  /** What happened, in words; null before the first replacement. */
  message: { text: string; failed: boolean } | null;
  replace(): Promise<void>;
  dismiss(): void;
}

export function useReplaceText(reportId: string): ReplaceText {
  const { t, error } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ReplaceText['message']>(null);

  const replace = useCallback(async () => {
    const [file] = await platform.pickReportFiles();
    if (!file) return;
    if (!file.ok) {
      setMessage({ text: t('replace.failed', { reason: error(file.error.code) }), failed: true });
      return;
    }
    setBusy(true);
    const parser = createWorkerParser();
    try {
      const hash = await sha256Hex(file.bytes);
      const parsed = await parser.parse(file.bytes, file.name);
      const result = await replaceReportText(library, reportId, parsed, { name: file.name, hash });
      setMessage({ text: t(result.orphaned > 0 ? 'replace.doneOrphans' : 'replace.done', { anchored: result.anchored, orphaned: result.orphaned }), failed: false });
    } catch (failure) {
      setMessage({ text: t('replace.failed', { reason: error(toImportFailure(failure).code) }), failed: true });
    } finally {
      parser.dispose();
      setBusy(false);
    }
  }, [reportId, t, error]);

  return { busy, message, replace, dismiss: () => setMessage(null) };
}
