/**
 * The parser's working material between the format readers and the finished
 * report: each source line, either kept (with what the format said of it)
 * or hidden (with why). Stages mark lines; none deletes one.
 */

/** A line hidden from the report's text, with the reason code. */
export interface HiddenPiece {
  text: string;
  reason: string;
}

/** A line that stays in the report's text. */
export interface KeptLine {
  kind: 'kept';
  text: string;
  /** Structure the format declared (Word styles, HTML headings). */
  role?: 'title' | 'heading';
  level?: number;
  /** The format knows the text runs on into the next line (a layout wrap, a site chunk cut). */
  continues?: boolean;
  /** Pieces taken out of this line's text (a site's chunk number), hidden but kept. */
  removed: HiddenPiece[];
}

/** A line hidden as a whole. */
export interface HiddenLineItem extends HiddenPiece {
  kind: 'hidden';
}

export type WorkingLine = KeptLine | HiddenLineItem;

/** A kept line with nothing removed. */
export function kept(text: string, extra: Partial<Omit<KeptLine, 'kind' | 'text'>> = {}): KeptLine {
  return { kind: 'kept', text, removed: [], ...extra };
}

/** A hidden line. */
export function hidden(text: string, reason: string): HiddenLineItem {
  return { kind: 'hidden', text, reason };
}
