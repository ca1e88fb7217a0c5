/**
 * The app's one open library database, and the storage problems its writes
 * have met (shown by the app as a notice).
 */
import { LibraryDatabase } from './db';
import { createStorageAlerts } from './storage-alerts';
import { storageWatch } from './storage-watch';

export const library = new LibraryDatabase();

export const storageAlerts = createStorageAlerts();
library.use(storageWatch(storageAlerts.report));
