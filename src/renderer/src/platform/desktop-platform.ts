/**
 * The platform inside Electron: the preload's `window.api`, whose results
 * arrive as data. A refused call becomes a thrown PlatformError here, once,
 * so the rest of the renderer handles one kind of failure.
 */
import type { DesktopApi, GatewayError, Result } from '../../../shared/ipc';
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

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    pickReportFiles: async () => unwrap(await api.openReports()),
    pickReportFolder: async () => unwrap(await api.openFolder()),
    saveFile: async (request) => unwrap(await api.saveFile(request)),
    setLocale: async (locale) => {
      unwrap(await api.setLocale(locale));
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
