/**
 * The import flow shared by the 导入 button, the menu and drag-and-drop:
 * get files from the platform, import them (parsing in the import worker),
 * tell the progress, let the analyst cancel, keep the outcomes for the
 * result list. Only one import runs at a time. A library backup (.rlbackup)
 * among the files is not imported: it goes to `onBackupFile`, which asks
 * before it replaces the library.
 */
import { useCallback, useRef, useState } from 'react';
import { isBackupFileName, type PickedFile } from '../../../../shared/ipc';
import { library } from '../../db/library';
import { projectFormat } from '../../../../core/refi-qda/project-format';
import { importReports, type ImportProgress } from './import-reports';
import { toImportFailure, type ImportOutcome } from './import-outcome';
import { createWorkerParser, type WorkerParser } from './worker-parser';

export interface ImportState {
  busy: boolean;
  /** How far the running import has got; null when none runs. */
  progress: ImportProgress | null;
  outcomes: ImportOutcome[] | null;
  /** Imports what `pick` gives; `pick` runs first, inside the user's gesture. */
  run(pick: () => Promise<PickedFile[]>): Promise<ImportOutcome[]>;
  /** Stops the running import: the file in flight and the rest are cancelled; stored reports stay. */
  cancel(): void;
  dismiss(): void;
}

/** The progress of an import is shown at most this often (and always at its end). */
const PROGRESS_INTERVAL_MS = 100;

export function useImport(onImported: (reportId: string) => void, onBackupFile: (file: PickedFile) => void, createParser: () => WorkerParser = createWorkerParser): ImportState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[] | null>(null);
  const running = useRef(false);
  const active = useRef<{ parser: WorkerParser; signal: { aborted: boolean } } | null>(null);

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
        const backup = files.find((file) => isBackupFileName(file.name));
        if (backup) {
          // The last import's results are not about what comes next.
          setOutcomes(null);
          onBackupFile(backup);
        }
        files = files.filter((file) => !isBackupFileName(file.name));
        if (files.length === 0) return [];
        setOutcomes(null);
        setBusy(true);
        setProgress({ done: 0, total: files.length, current: files[0]?.name ?? null });
        const parser = createParser();
        const signal = { aborted: false };
        active.current = { parser, signal };
        // REFI-QDA projects and codebooks come in with the reports, each in its own transaction.
        const projects = files.filter((file) => projectFormat(file.name) !== null);
        const reports = files.filter((file) => projectFormat(file.name) === null);
        let result: ImportOutcome[] = [];
        try {
          for (const file of projects) {
            if (signal.aborted) result.push({ name: file.name, status: 'cancelled' });
            // Loaded when a project comes in: the REFI-QDA readers are not needed to start the app.
            else result.push(await (await import('./import-project-file')).importProjectFile(library, file, new Date(), parser.parse));
            setProgress({ done: result.length, total: files.length, current: file.name });
          }
          let shownAt = -Infinity;
          const onProgress = (step: ImportProgress) => {
            // Each progress shown renders the app again: a thousand files made a thousand renders.
            if (step.current !== null && performance.now() - shownAt < PROGRESS_INTERVAL_MS) return;
            shownAt = performance.now();
            setProgress({ ...step, done: step.done + projects.length, total: files.length });
          };
          if (reports.length > 0) result = [...result, ...(await importReports(library, reports, { parse: parser.parse, signal, onProgress }))];
        } finally {
          active.current = null;
          parser.dispose();
        }
        setOutcomes(result);
        const firstId = result.flatMap((o) => (o.status === 'imported' || o.status === 'duplicate' || o.status === 'project' ? o.reportIds : []))[0];
        if (firstId) onImported(firstId);
        return result;
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(null);
      }
    },
    [onImported, onBackupFile, createParser],
  );

  const cancel = useCallback(() => {
    const current = active.current;
    if (!current) return;
    current.signal.aborted = true;
    current.parser.cancel();
  }, []);

  return { busy, progress, outcomes, run, cancel, dismiss: useCallback(() => setOutcomes(null), []) };
}
