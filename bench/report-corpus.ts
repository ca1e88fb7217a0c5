/**
 * A deterministic corpus of reports written by the project in the shape of
 * real ones: a title, a venue line, the address to the deputies, numbered
 * sections and subsections, paragraphs of realistic length with figures and
 * units, and (on some) a government site's breadcrumb and publish line. The
 * same seed gives the same corpus on every machine.
 */

/** A small, fast, seeded random number generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '安白碧长川春丹东峰凤福高河禾红华黄佳江金锦兰莲林柳龙梅明南宁平青泉瑞山石双松桃天田文西溪霞祥新兴阳永玉云泽中竹'.split('');
const COUNTY = ['县', '市', '区'];
const TOWN = ['镇', '乡', '街道'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const THEMES = [
  ['乡村振兴', '巩固拓展脱贫攻坚成果，持续推进农村人居环境整治，建设宜居宜业和美乡村'],
  ['产业发展', '聚焦主导产业延链补链强链，推动一二三产业融合发展，壮大镇域经济'],
  ['安全生产', '压紧压实安全生产责任，扎实开展隐患排查整治，坚决遏制较大以上事故'],
  ['生态环保', '持续打好蓝天碧水净土保卫战，落实河长制林长制，守护绿水青山'],
  ['民生保障', '稳就业、保基本、兜底线，办好教育医疗养老等群众身边的实事'],
  ['基层治理', '坚持和发展新时代枫桥经验，完善网格化管理，化解矛盾纠纷'],
  ['营商环境', '深化放管服改革，优化政务服务，强化招商引资和项目建设'],
];
const VERBS = ['完成', '新建', '改造', '实施', '培育', '引进', '投入', '排查', '整治', '发放'];
const OBJECTS = ['高标准农田', '农村公路', '村级集体经济项目', '规模以上企业', '招商项目', '安全隐患', '困难群众救助资金', '标准厂房', '污水管网', '养老服务站'];
const UNITS = ['亩', '公里', '个', '家', '万元', '亿元', '处', '户', '平方米', '人次'];

/** One generated report file: its name and text. */
export interface CorpusReport {
  name: string;
  text: string;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function name(random: () => number, suffixes: readonly string[]): string {
  return pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, suffixes);
}

function sentence(random: () => number): string {
  const figure = (random() * 900 + 10).toFixed(random() < 0.3 ? 1 : 0);
  return `全年${pick(random, VERBS)}${pick(random, OBJECTS)}${figure}${pick(random, UNITS)}，同比增长${(random() * 12).toFixed(1)}%`;
}

function paragraph(random: () => number, theme: readonly string[], chars: number): string {
  const parts = [`坚持${theme[1]}。`];
  let length = parts[0]!.length;
  while (length < chars) {
    const next = sentence(random);
    parts.push(next);
    length += next.length + 1;
  }
  return `${parts[0]}${parts.slice(1).join('；')}。`;
}

/** Generates `count` reports of about `charsEach` characters each, from `seed`. */
export function reportCorpus(count: number, charsEach: number, seed = 2024): CorpusReport[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const county = name(random, COUNTY);
    const town = name(random, TOWN);
    const year = 2019 + Math.floor(random() * 6);
    const lines: string[] = [];
    if (i % 3 === 0) lines.push(`首页 > 政务公开 > ${county}${town}`);
    lines.push(`${county}${town}${year}年政府工作报告`);
    if (i % 3 === 0) lines.push(`${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} 10:3${Math.floor(random() * 9)}`);
    lines.push(`——${year}年1月${1 + Math.floor(random() * 27)}日在${town}第十届人民代表大会第${pick(random, CN)}次会议上`);
    lines.push('各位代表：', `现在，我代表${town}人民政府向大会报告工作，请予审议。`);
    const sections = [`${year - 1}年工作回顾`, `${year}年工作安排`];
    const perSub = Math.max(150, Math.round(charsEach / 8));
    sections.forEach((title, s) => {
      lines.push(`${CN[s]}、${title}`);
      for (let k = 0; k < 4; k++) {
        const theme = pick(random, THEMES);
        lines.push(`（${CN[k]}）${theme[0]}扎实推进`);
        lines.push(paragraph(random, theme, perSub));
      }
    });
    lines.push('各位代表，新的一年任务艰巨，让我们团结一心、真抓实干，为建设美好家园而努力奋斗！');
    return { name: `${String(i).padStart(5, '0')}-${county}${town}.txt`, text: lines.join('\n') };
  });
}
