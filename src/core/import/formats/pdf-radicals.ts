/**
 * Characters a PDF's text layer gets wrong in Chinese. Chinese fonts draw a
 * radical and the ideograph of the same shape with one glyph (`长` and the
 * radical `⻓`, `青` and `⻘`); a PDF writer that maps each glyph back to one
 * code point (Chrome's printing, some converters) often picks the radical,
 * so the text reads `⻘⽯县` where the page shows 青石县, and search fails.
 * This folds those back: Kangxi radicals by their Unicode decomposition
 * (except `⼾`, which simplified fonts share with 户, not 戶), CJK radical
 * supplement forms by the ideograph simplified-Chinese fonts draw them with
 * (read from the character maps of the Noto/Source Han SC fonts), CJK
 * compatibility ideographs to their unified forms, and the two- and
 * three-em dash ligatures (`⸺`) to the em dashes they were typed as.
 */

/** Radical-supplement forms and the ideograph that shares their glyph in SC fonts, pair by pair. */
const SUPPLEMENT_PAIRS =
  '⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁' +
  '⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼' +
  '⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const FOLDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>([
    ['⼾', '户'],
    ['⸺', '——'],
    ['⸻', '———'],
  ]);
  const chars = Array.from(SUPPLEMENT_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] ?? '', chars[i + 1] ?? '');
  return map;
})();

/** Radical supplement, Kangxi radicals, the em-dash ligatures, CJK compatibility ideographs. */
const FOLDABLE = /[\u2e80-\u2eff\u2f00-\u2fdf\u2e3a\u2e3b\uf900-\ufaff]/gu;

/** The text with radicals, compatibility ideographs and dash ligatures folded (see the module's comment). */
export function foldRadicals(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLDS.get(char) ?? char.normalize('NFKC'));
}
