/**
 * The sidebar beside the reader: the open report's 批注 and the codebook
 * (主题), as tabs, with the coding keys listed underneath.
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ShortcutList } from '../annotate/ShortcutList';
import { CodebookPanel } from '../themes/CodebookPanel';

type Tab = 'annotations' | 'codebook';

export function ReaderSidebar({ annotations }: { annotations: ReactNode }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('annotations');
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
