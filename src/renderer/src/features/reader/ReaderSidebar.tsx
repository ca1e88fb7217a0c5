/**
 * The sidebar beside the reader: the open report's 批注 and the codebook
 * (主题), as tabs, with the coding keys listed underneath. The tab chosen
 * stays chosen from one report to the next and across restarts.
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ShortcutList } from '../annotate/ShortcutList';
import { CodebookPanel } from '../themes/CodebookPanel';

type Tab = 'annotations' | 'codebook';

/** The tab last chosen: the sidebar is mounted anew with each report and keeps to it. */
const TAB_KEY = 'report-reader.sidebar-tab';
const storedTab = (): Tab => (localStorage.getItem(TAB_KEY) === 'codebook' ? 'codebook' : 'annotations');

export function ReaderSidebar({ annotations }: { annotations: ReactNode }) {
  const { t } = useI18n();
  const [tab, setTabState] = useState<Tab>(storedTab);
  const setTab = (next: Tab) => {
    localStorage.setItem(TAB_KEY, next);
    setTabState(next);
  };
  const tabs: [Tab, string][] = [
    ['annotations', t('sidebar.annotations')],
    ['codebook', t('sidebar.codebook')],
  ];
  return (
    <aside className="sidebar">
      <div className="sidebar-tabs" role="tablist">
        {tabs.map(([id, name]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)}>
            {name}
          </button>
        ))}
      </div>
      <div className="sidebar-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'annotations' ? (annotations ?? <p className="empty annotations-empty">{t('annotate.noReport')}</p>) : <CodebookPanel />}
      </div>
      <ShortcutList />
    </aside>
  );
}
