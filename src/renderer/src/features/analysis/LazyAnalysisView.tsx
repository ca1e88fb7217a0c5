/**
 * 分析 as the window loads it. Its code (with ECharts, half a megabyte of
 * script) is fetched when the view is first opened or, before that, once the
 * app is idle after showing the library, along with every highlight read
 * into memory (db/mirrors.ts), gathered by report, and the reports sorted
 * as the heat map lists them: so the first 分析 opens at once, and opening
 * a report never waits for any of it.
 *
 * Not React.lazy: a lazy component suspends at its first render even when
 * its code is in, and the view then comes a task later, rendered in slices;
 * this one renders in the click's own task once its code is in.
 */
import { useEffect, useState } from 'react';
import { codedPassageMirror, reportMirror } from '../../db/mirrors';
import { useI18n } from '../../i18n/i18n';
import type * as AnalysisModule from './AnalysisView';
import { reportPassages } from './report-passages';
import { sortedReports } from './sorted-reports';

let loaded: typeof AnalysisModule | null = null;
let loading: Promise<typeof AnalysisModule> | null = null;

/** The view's code, fetched once; a failed fetch is tried again at the next call. */
function load(): Promise<typeof AnalysisModule> {
  loading ??= import('./AnalysisView').then(
    (analysis) => (loaded = analysis),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function LazyAnalysisView(props: AnalysisModule.AnalysisViewProps) {
  const { t } = useI18n();
  const [analysis, setAnalysis] = useState(loaded);
  useEffect(() => {
    if (!analysis) load().then(setAnalysis, (error: unknown) => console.error('The analyses could not be loaded:', error));
  }, [analysis]);
  return analysis ? <analysis.AnalysisView {...props} /> : <p className="empty">{t('app.loadingView')}</p>;
}

/** Readies 分析 when the app is first idle after the library list is read (see the module comment). */
export function useAnalysisPrefetch(): void {
  useEffect(() => {
    let idle: number | null = null;
    let unmounted = false;
    const whenIdle = (work: () => void) => {
      if (!unmounted) idle = requestIdleCallback(work);
    };
    const ready = () => {
      load().catch((error: unknown) => console.error('The analyses could not be loaded ahead:', error));
      codedPassageMirror.load().then(
        () =>
          whenIdle(() => {
            const reports = reportMirror.rows();
            const passages = codedPassageMirror.rows();
            if (reports) sortedReports(reports, 'place');
            if (passages) reportPassages(passages);
          }),
        (error: unknown) => console.error('The highlights could not be read ahead:', error),
      );
    };
    // A library that cannot be read is reported where the list reads it; nothing is readied then.
    reportMirror.load().then(() => whenIdle(ready), () => undefined);
    return () => {
      unmounted = true;
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, []);
}
