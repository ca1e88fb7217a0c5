/**
 * The import flow shared by the 导入 button, the menu and drag-and-drop:
 * get files from the platform, import them, keep the outcomes for the
 * result list. Only one import runs at a time.
 */
import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../../shared/ipc';
import { library } from '../../db/library';
import { importReports } from './import-reports';
import { toImportFailure, type ImportOutcome } from './import-outcome';

export interface ImportState {
  busy: boolean;
  outcomes: ImportOutcome[] | null;
  /** Imports what `pick` gives; `pick` runs first, inside the user's gesture. */
  run(pick: () => Promise<PickedFile[]>): Promise<ImportOutcome[]>;
  dismiss(): void;
}

export function useImport(onImported: (reportId: string) => void): ImportState {
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ImportOutcome[] | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (pick: () => Promise<PickedFile[]>) => {
      if (running.current) return [];
      running.current = true;
      try {
        let files: PickedFile[];
        try {
          files = await pick();
        } catch (error) {
          const result: ImportOutcome[] = [{ name: '', status: 'failed', failure: toImportFailure(error) }];
          setOutcomes(result);
          return result;
        }
        if (files.length === 0) return [];
        setOutcomes(null);
        setBusy(true);
        const result = await importReports(library, files);
        setOutcomes(result);
        const firstId = result.flatMap((o) => (o.status === 'failed' ? [] : o.reportIds))[0];
        if (firstId) onImported(firstId);
        return result;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [onImported],
  );

  return { busy, outcomes, run, dismiss: useCallback(() => setOutcomes(null), []) };
}
