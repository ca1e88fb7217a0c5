import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { checkLibraryAccess, installedVersion } from './db/library-access';
import { checkLibraryLoss } from './db/library-loss';
import { library } from './db/library';
import { reportMirror } from './db/mirrors';
import { ClosedLibraryNotice } from './features/backup/ClosedLibraryNotice';
import { requestPersistence } from './features/settings/storage-persistence';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

// Where the app's own start-up begins (its code loaded and evaluated): bench:library times the list from here.
performance.mark('app-start');
// Before anything opens the library: one the browser lost is said to be lost, and one left by a
// newer app is opened read-only, or not at all.
const installed = await installedVersion(indexedDB, library.name);
const lost = checkLibraryLoss(library.name, installed);
const access = await checkLibraryAccess(library, installed);
if (access.mode === 'read-only') library.refuseWrites();
// The library list is the first thing shown: its reports are read while React makes the first frame.
if (access.mode !== 'closed') reportMirror.load().catch((error: unknown) => console.error('The library could not be read:', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>{access.mode === 'closed' ? <ClosedLibraryNotice version={access.version} /> : <App readOnlyVersion={access.mode === 'read-only' ? access.version : null} lost={lost} />}</I18nProvider>
  </StrictMode>,
);

// The library is the analyst's work: ask the browser not to clear it when space runs low (设置 shows the answer).
requestPersistence().catch((error: unknown) => console.warn('Persistent storage could not be requested:', error));
