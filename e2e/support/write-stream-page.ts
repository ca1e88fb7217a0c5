/**
 * The kill test's page module, bundled as one IIFE (bench/page-script.ts) and
 * evaluated in the app's page, so that it runs on the app's origin and
 * database. `window.writeStream.start` runs the stream of user actions
 * (write-stream.ts) through the app's functions on the app's `library`, and
 * calls the test's binding `writeStreamKillPoint` at the kill point, saying
 * how many actions have committed (their promise resolved). A pass-through
 * Dexie middleware on the page's `library` sees the kill point come, and
 * decides what the stream does while the test kills the browser:
 *
 * - `write`: at the chosen action's first write request; its transaction is
 *   then kept from committing (a read after every read), so the kill lands
 *   with every write of the transaction issued and none committed;
 * - `commit`: once the chosen action's first read-write transaction has
 *   committed; every write after it is held back in the page, so the kill
 *   finds the library exactly as that commit left it: an action written in
 *   several transactions would be caught half-done;
 * - `free`: at the chosen action's first write request, and the stream runs
 *   on, so the kill lands wherever the writes have got to, as a crash would.
 *
 * In the page opened after the kill, `check` reads the library: whole, and
 * exactly what some number of the stream's actions make of it.
 */
import type { DBCore, DBCoreTransaction } from 'dexie';
import { readText } from '../../src/core/import/formats/text';
import { parseSource } from '../../src/core/report/parse-source';
import { library } from '../../src/renderer/src/db/library';
import { UndoHistory } from '../../src/renderer/src/features/annotate/undo-history';
import type { ReportParser } from '../../src/renderer/src/features/library/import-reports';
import { readLibraryState, stateDifferences, stateText, type LibraryState } from './library-state';
import { streamAction, streamThemes, type StreamContext } from './write-stream';

/** Where to kill: in action `action` (from 0), at the point `at` (see the module comment). */
export interface KillPoint {
  action: number;
  at: 'write' | 'commit' | 'free';
}

/** What the page says at the kill point: actions committed, and why the stream stopped if it failed before. */
export interface KillPointReport {
  committed: number;
  error: string | null;
}

/** What the library was found to be after the kill. */
export interface StreamCheck {
  /** Rows half there, in words (library-state.ts); empty when the library is whole. */
  problems: string[];
  /** How many of the stream's actions the library holds exactly, or null when it holds none of the counts asked about. */
  actions: number | null;
  /** The name of the action after those: the one the kill cut off. */
  cutOff: string | null;
  /** When it holds none: how it differs from what the fewest actions asked about make of it. */
  differences: string[];
  /** Reports in the library. */
  reports: number;
}

export interface WriteStreamPage {
  /** Starts round `round`'s stream once the app's first start is over, to call `writeStreamKillPoint` at `killPoint`; gives the library as the stream found it. */
  start(round: number, killPoint: KillPoint): Promise<LibraryState>;
  /** Checks that the library is what round `round`'s stream, from `baseline`, makes of it after `from` to `to` actions. */
  check(round: number, baseline: LibraryState, from: number, to: number): Promise<StreamCheck>;
}

declare global {
  interface Window {
    writeStream?: WriteStreamPage;
    /** Exposed by the test: kill the browser now. */
    writeStreamKillPoint?: (report: KillPointReport) => Promise<void>;
  }
}

/** Actions in a stream: far more than a round lets run before its kill. */
const STREAM_LENGTH = 2000;

/** Core's parser for a text file, as the import worker runs it. */
const parse: ReportParser = async (bytes) => parseSource(readText(bytes));

let committed = 0;
/** The kill point to come, while the action to kill in runs. */
let armed: KillPoint['at'] | null = null;
/** Set once a `commit` kill point has come: writes are held back from then on. */
let holding = false;

function killPoint(error: string | null = null): void {
  armed = null;
  // Not awaited: the page goes on as its kill point says while the test kills the browser.
  void window.writeStreamKillPoint?.({ committed, error });
}

/**
 * Keeps `transaction` (Dexie's core transaction is the IndexedDB one) from
 * committing, with a read on `storeName` after every read, as long as the
 * page lives. A transaction asked to commit at once (Dexie does so with one
 * made for a single write outside a transaction) refuses the next read and
 * commits: then the check finds that write.
 */
function keepOpen(transaction: DBCoreTransaction, storeName: string): void {
  const store = (transaction as unknown as IDBTransaction).objectStore(storeName);
  const read = () => {
    try {
      store.count().onsuccess = read;
    } catch {
      // Committing already: see above.
    }
  };
  read();
}

library.use({
  stack: 'dbcore',
  name: 'kill-point',
  create: (down: DBCore): DBCore => ({
    ...down,
    transaction: (stores, mode, options) => {
      const transaction = down.transaction(stores, mode, options);
      if (armed === 'commit' && mode === 'readwrite') {
        armed = null;
        (transaction as unknown as IDBTransaction).addEventListener('complete', () => {
          holding = true;
          killPoint();
        });
      }
      return transaction;
    },
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          if (holding) return new Promise(() => {});
          if (armed === 'write') keepOpen(request.trans, name);
          if (armed === 'write' || armed === 'free') killPoint();
          return table.mutate(request);
        },
      };
    },
  }),
});

async function run(round: number, baseline: LibraryState, kill: KillPoint): Promise<void> {
  const themes = streamThemes(baseline);
  const context: StreamContext = { db: library, history: new UndoHistory(), parse, reportIds: new Map() };
  for (let index = 0; index < STREAM_LENGTH; index++) {
    const action = streamAction(round, index, themes);
    if (index === kill.action) armed = kill.at;
    try {
      await action.run(context);
    } catch (error) {
      killPoint(`${action.name}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    committed = index + 1;
    if (armed) return killPoint(`${action.name} wrote nothing`);
  }
}

/** The library as read, once it holds a report and a codebook (the app's first start is over). */
async function startedLibrary(): Promise<LibraryState> {
  for (;;) {
    const { state, problems } = await readLibraryState(library);
    if (problems.length > 0) throw new Error(`The library is not whole before the stream: ${problems.join('; ')}`);
    if (state.reports.length > 0 && Object.keys(state.themes).length >= 3) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

window.writeStream = {
  async start(round, kill) {
    const baseline = await startedLibrary();
    void run(round, baseline, kill);
    return baseline;
  },
  async check(round, baseline, from, to) {
    const { state, problems } = await readLibraryState(library);
    const found = stateText(state);
    const themes = streamThemes(baseline);
    const expected = structuredClone(baseline);
    for (let index = 0; index < from; index++) streamAction(round, index, themes).apply(expected);
    const differences = stateDifferences(expected, state);
    // Rows counted first: only states of the library's size are compared row by row.
    const size = (of: LibraryState) => `${of.reports.length} ${Object.keys(of.highlights).length} ${Object.keys(of.themes).length}`;
    let actions: number | null = null;
    for (let count = from; count <= to && actions === null; count++) {
      if (size(expected) === size(state) && stateText(expected) === found) actions = count;
      else streamAction(round, count, themes).apply(expected);
    }
    return {
      problems,
      actions,
      cutOff: actions === null ? null : streamAction(round, actions, themes).name,
      differences: actions === null ? differences : [],
      reports: state.reports.length,
    };
  },
};
