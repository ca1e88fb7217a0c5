/**
 * The platform inside Electron: the preload's `window.api`, whose results
 * arrive as data. A refused call becomes a thrown PlatformError here, once,
 * so the rest of the renderer handles one kind of failure.
 *
 * Main's requests for an automatic backup are answered here, every one: by
 * the function the page serves backups with (the latest registered), or,
 * when it serves none (not yet, or no longer), with a failure at once, so
 * a quit never waits for an answer that is not coming.
 */
import type { AutoBackupAnswer, DesktopApi, GatewayError, Result } from '../../../shared/ipc';
import type { Platform } from './platform';

/** A host operation that failed, with the gateway's code. */
export class PlatformError extends Error {
  readonly code: string;
  constructor(error: GatewayError) {
    super(error.detail);
    this.name = 'PlatformError';
    this.code = error.code;
  }
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

/** What the page answers when it serves no backups. */
const NO_BACKUP_SERVED = 'the page serves no backups';

/** Makes the backup with `makeBackup` (if any) and gives main the answer to request `requestId`. */
async function answerBackupRequest(api: DesktopApi, requestId: number, makeBackup: (() => Promise<Uint8Array>) | undefined): Promise<void> {
  let answer: AutoBackupAnswer;
  if (makeBackup === undefined) {
    answer = { requestId, ok: false, detail: NO_BACKUP_SERVED };
  } else {
    try {
      answer = { requestId, ok: true, bytes: await makeBackup() };
    } catch (error) {
      answer = { requestId, ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  try {
    const result = await api.saveAutoBackup(answer);
    if (!result.ok) console.warn('The automatic backup was not saved:', result.error.detail);
  } catch (error) {
    console.warn('The automatic backup could not be handed to the host:', error);
  }
}

/**
 * The platform over the preload's `api`. It subscribes to main's requests
 * for automatic backups at once, so each is answered (see the module
 * comment); create it once.
 */
export function createDesktopPlatform(api: DesktopApi): Platform {
  const backupMakers: { make: () => Promise<Uint8Array> }[] = [];
  api.onAutoBackupRequest((requestId) => void answerBackupRequest(api, requestId, backupMakers.at(-1)?.make));
  return {
    kind: 'desktop',
    pickReportFiles: async () => unwrap(await api.openReports()),
    pickReportFolder: async () => unwrap(await api.openFolder()),
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    setLocale: async (locale) => {
      unwrap(await api.setLocale(locale));
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    pickBackupFile: async () => unwrap(await api.openBackup()),
    serveBackups: (make) => {
      const maker = { make };
      backupMakers.push(maker);
      return () => {
        const at = backupMakers.indexOf(maker);
        if (at >= 0) backupMakers.splice(at, 1);
      };
    },
    autoBackupStatus: async () => unwrap(await api.autoBackupStatus()),
  };
}
