/**
 * Saving the library for another QDA tool: the whole project as a REFI-QDA
 * `.qdpx` (reports as plain-text sources with their metadata as variables,
 * the codebook, every highlight as a coded selection with its note), or the
 * codebook alone as a `.qdc`.
 */
import { qdcXml } from '../../../../core/refi-qda/qdc-writer';
import { codebookFromThemes } from '../../../../core/refi-qda/codebook-from-themes';
import { qdpx } from '../../../../core/refi-qda/qdpx-writer';
import { safeFileName } from '../../../../core/export/safe-file-name';
import type { LibraryDatabase } from '../../db/db';
import type { Platform } from '../../platform';
import { projectFromLibrary } from './project-qdpx';

/** What a project export wrote; null when the analyst cancelled the save dialog. */
export interface ProjectExport {
  reports: number;
  highlights: number;
  /** Highlights left out: their passage is not in their report's current text. */
  orphans: number;
}

/** Writes the library as a .qdpx and saves it under `name`. */
export async function exportProject(db: LibraryDatabase, platform: Platform, name: string): Promise<ProjectExport | null> {
  const { project, orphans } = await projectFromLibrary(db, { name });
  const { saved } = await platform.saveFile({ suggestedName: `${safeFileName(name)}.qdpx`, bytes: await qdpx(project), extensions: ['qdpx'] });
  if (!saved) return null;
  return { reports: project.sources.length, highlights: project.sources.reduce((n, source) => n + source.selections.length, 0), orphans };
}

/** Writes the codebook as a .qdc and saves it under `name`; false when cancelled. */
export async function exportCodebook(db: LibraryDatabase, platform: Platform, name: string): Promise<boolean> {
  const xml = qdcXml(codebookFromThemes(await db.themes.toArray()));
  const { saved } = await platform.saveFile({ suggestedName: `${safeFileName(name)}.qdc`, bytes: new TextEncoder().encode(xml), extensions: ['qdc'] });
  return saved;
}
