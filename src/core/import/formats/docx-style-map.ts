/**
 * The mammoth style map for report files: which Word paragraph styles become
 * a title or a heading in the HTML that `readDocx` walks. Word writes built-in
 * style names in English whatever the interface language ('Title',
 * 'heading 1'); WPS and hand-made templates often use the Chinese names
 * ('标题', '标题 1', '标题1'). mammoth compares style names without regard to
 * case, so 'Heading 1' also matches 'heading 1'.
 */

/** Heading depths mapped; Word has nine, HTML six, reports rarely pass four. */
const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/**
 * Style-map lines, first match wins: `Title`/`标题` → `<h1 class="title">`,
 * `Heading N`/`标题 N`/`标题N` → `<hN>`, `Subtitle`/`副标题` → a plain `<p>`
 * (without a mapping mammoth would warn and still write a `<p>`). mammoth's
 * default map stays on after these, for lists, footnotes and the like.
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  ...HEADING_LEVELS.flatMap((level) => [
    `p[style-name='Heading ${level}'] => h${level}:fresh`,
    `p[style-name='标题 ${level}'] => h${level}:fresh`,
    `p[style-name='标题${level}'] => h${level}:fresh`,
  ]),
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
];
