/**
 * What a format reader gives the report parser: the file's lines in reading
 * order, with whatever structure the format itself declares. Every format
 * (txt, md, docx, html, pdf) ends here, so everything after it — debris,
 * paragraphs, outline, metadata, compilations — is written once.
 */
import type { ParseResult } from '../report/report';


/** One line or block of the source as the format has it, trimmed. */
export interface SourceLine {
  text: string;
  /** Structure the format declares: a Word `Title`/`标题 1` style, an HTML <h1>. */
  role?: 'title' | 'heading';
  /** Heading depth (1 = top) when `role` is 'heading'. */
  level?: number;
  /** 1-based page number, for formats with pages (pdf). */
  page?: number;
  /**
   * True when the format knows this line was cut by layout and the text runs
   * on in the next line (a pdf line that reaches the right margin).
   */
  continues?: boolean;
}

/** A line the format reader took out as page chrome (pdf running headers, html navigation). */
export interface DroppedLine {
  text: string;
  /** Why it was taken out, in a word: 'running-header', 'page-number', 'navigation'… */
  reason: string;
  /** Index into `lines` of the line it stood before (lines.length when at the end). */
  before: number;
}

/** The file's encoding as text, or the container format it was read from. */
export type SourceEncoding = ParseResult['encoding'];

export interface SourceDocument {
  encoding: SourceEncoding;
  lines: SourceLine[];
  /** Chrome the format reader removed; kept so nothing is destroyed. */
  dropped: DroppedLine[];
  /** Things worth telling the analyst, in plain English (e.g. "3 images dropped"). */
  warnings: string[];
}

/** Options a host passes to format readers that need resources (pdfjs's character maps). */
export interface ReadOptions {
  /** Base URL or folder path of pdfjs-dist's `cmaps/`, ending in '/'. */
  pdfCMapUrl?: string;
  /** Base URL or folder path of pdfjs-dist's `standard_fonts/`, ending in '/'. */
  pdfStandardFontDataUrl?: string;
  /** Set when the analyst cancels; a long read (pdf pages, docx) stops at the next check. */
  signal?: { readonly aborted: boolean };
}
