/**
 * The app's frame around the report text, for the bench page: the same
 * elements and classes as the reader (`.reader > .reader-body >
 * .report-column > .report-view`) under the app's own style sheets, so the
 * report text has the app's font, line height, indents and column. The
 * column is 46em wide unless the runner passes the width it measured in the
 * app (`?width=`), since the app's panes and outline may narrow it.
 */
import '../../../src/renderer/src/styles.css';
import '../../../src/renderer/src/features/reader/reader-tools.css';
import '../../../src/renderer/src/features/annotate/annotate.css';

/** Builds the reader's frame in `root`, its column `width` pixels wide if given, and returns the `.report-view` the report text goes in. */
export function reportColumn(root: HTMLElement, width: number | null): HTMLElement {
  const reader = document.createElement('main');
  reader.className = 'reader';
  reader.style.height = '100vh';
  const body = document.createElement('div');
  body.className = 'reader-body';
  const column = document.createElement('div');
  column.className = 'report-column';
  if (width !== null) column.style.cssText = `flex:none;width:${width}px`;
  const view = document.createElement('div');
  view.className = 'report-view';
  column.append(view);
  body.append(column);
  reader.append(body);
  root.append(reader);
  return view;
}
