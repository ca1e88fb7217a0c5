/**
 * One long report for the open-report benchmark: about 140,000 characters
 * in the shape of a real government work report, deterministic for a seed.
 * It is written from the paragraphs and subsection headings of the project's
 * generated corpus (bench/report-corpus.ts), arranged under numbered
 * sections and subsections, some subsections opening with a run-in heading
 * (`（三）安全生产扎实推进。坚持…`), and is then parsed by core's importer,
 * so its text and blocks are exactly what the app would store.
 */
import { parseReportFile } from '../../src/core/import/parse-report-file';
import type { ParsedReport } from '../../src/core/report/report';
import { reportCorpus, seededRandom } from '../report-corpus';

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number from 1 to 99 in Chinese numerals, as section headings count (十一, 二十三). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n} is not a whole number from 1 to 99`);
  if (n < 10) return DIGITS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens - 1]!}十${ones === 0 ? '' : DIGITS[ones - 1]!}`;
}

const SECTION_TITLES = [
  '过去一年工作回顾',
  '今年工作总体要求和目标任务',
  '坚定不移推动高质量发展',
  '全面深化改革扩大开放',
  '持续保障和改善民生',
  '统筹发展和安全',
  '加强政府自身建设',
];

/** A subsection heading of the corpus without its number: `（三）安全生产扎实推进` → `安全生产扎实推进`. */
const SUBSECTION = /^（[一二三四五六七八九十]+）(.+)$/;

/** The corpus's subsection headings and paragraphs, in order, as material to arrange. */
function material(seed: number): { headings: string[]; paragraphs: string[] } {
  const headings: string[] = [];
  const paragraphs: string[] = [];
  // Paragraphs of two lengths (about 300 and 600 characters), as real reports mix short and long ones.
  for (const [count, chars] of [
    [60, 2400],
    [60, 4800],
  ] as const) {
    for (const report of reportCorpus(count, chars, seed + chars)) {
      const lines = report.text.split('\n');
      lines.forEach((line, index) => {
        const heading = SUBSECTION.exec(line);
        const next = lines[index + 1];
        if (heading && next !== undefined) {
          headings.push(heading[1]!);
          paragraphs.push(next);
        }
      });
    }
  }
  return { headings, paragraphs };
}

/**
 * The source text of a report of at least `chars` characters (a title, its
 * venue line and address, then sections of subsections of 1–4 paragraphs,
 * and the closing appeal), from `seed`.
 */
export function longReportSource(chars = 140_000, seed = 2025): string {
  const random = seededRandom(seed);
  const { headings, paragraphs } = material(seed);
  const take = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const lines = [
    '青禾县2024年政府工作报告',
    '——2024年1月9日在青禾县第十八届人民代表大会第三次会议上',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
  ];
  let length = lines.join('\n').length;
  for (let section = 1; length < chars; section++) {
    const title = `${chineseNumeral(section)}、${SECTION_TITLES[(section - 1) % SECTION_TITLES.length]!}`;
    lines.push(title);
    length += title.length + 1;
    const subsections = 6 + Math.floor(random() * 5);
    for (let k = 1; k <= subsections && length < chars; k++) {
      const heading = `（${chineseNumeral(k)}）${take(headings)}`;
      const count = 1 + Math.floor(random() * 4);
      for (let p = 0; p < count; p++) {
        const body = take(paragraphs);
        // About one subsection in three opens its first paragraph with a run-in heading.
        const line = p === 0 && random() < 0.35 ? `${heading}。${body}` : body;
        if (p === 0 && line === body) lines.push(heading);
        lines.push(line);
        length += line.length + (line === body && p === 0 ? heading.length + 2 : 1);
      }
    }
  }
  lines.push('各位代表，新的一年任务艰巨、使命光荣，让我们团结一心、真抓实干，为建设美好家园而努力奋斗！');
  return lines.join('\n');
}

/** The long report as core's importer parses it: the text and blocks the app would store. */
export async function longReport(chars = 140_000, seed = 2025): Promise<ParsedReport> {
  const bytes = new TextEncoder().encode(longReportSource(chars, seed));
  const { reports } = await parseReportFile(bytes, 'open-report-bench.txt');
  if (reports.length !== 1) throw new RangeError(`longReport: the importer made ${reports.length} reports of the generated text, not one`);
  return reports[0]!;
}
