/** The app's one open library database. */
import { LibraryDatabase } from './db';

export const library = new LibraryDatabase();
