/**
 * The app's one open library database, and the storage problems its writes
 * have met (shown by the app as a notice). When another window upgrades the
 * library (a newer app) or deletes it, this page lets go of it and stays
 * closed: Dexie's default would open it again at once, and patch a newer
 * schema it does not know.
 */
import { LibraryDatabase } from './db';
import { createStorageAlerts } from './storage-alerts';
import { storageWatch } from './storage-watch';

export const library = new LibraryDatabase();

export const storageAlerts = createStorageAlerts();
library.use(storageWatch(storageAlerts.report));
// Dexie runs the subscribers last-added first; false keeps its own, which closes only until the next query, from running.
library.on('versionchange', () => {
  library.close({ disableAutoOpen: true });
  storageAlerts.report('closed-elsewhere');
  return false;
});
