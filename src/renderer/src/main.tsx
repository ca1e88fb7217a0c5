import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { reportMirror } from './db/mirrors';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

// Where the app's own start-up begins (its code loaded and evaluated): bench:library times the list from here.
performance.mark('app-start');
// The library list is the first thing shown: its reports are read while React makes the first frame.
reportMirror.load().catch((error: unknown) => console.error('The library could not be read:', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
