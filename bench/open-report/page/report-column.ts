/**
 * The app's frame around the report text, for the bench page: the same
 * elements and classes as the reader (`.reader > .reader-body >
 * .report-column > .report-view`) under the app's own style sheets, with the
 * reader as wide as the app gives it in a 1440-pixel window (1440 − the
 * 320-pixel library − the 330-pixel sidebar), so the report text is laid out
 * in the same column, font and line height as in the app.
 */
import '../../../src/renderer/src/styles.css';
import '../../../src/renderer/src/features/reader/reader-tools.css';
import '../../../src/renderer/src/features/annotate/annotate.css';

/** Width of the app's reader region in a 1440-pixel window. */
export const READER_WIDTH = 1440 - 320 - 330;

/** Builds the reader's frame in `root` and returns the `.report-view` the report text goes in. */
export function reportColumn(root: HTMLElement): HTMLElement {
  const reader = document.createElement('main');
  reader.className = 'reader';
  reader.style.cssText = `width:${READER_WIDTH}px;height:100vh`;
  const body = document.createElement('div');
  body.className = 'reader-body';
  const column = document.createElement('div');
  column.className = 'report-column';
  const view = document.createElement('div');
  view.className = 'report-view';
  column.append(view);
  body.append(column);
  reader.append(body);
  root.append(reader);
  return view;
}
