/**
 * Site debris: the lines a web page, a document-sharing site or a paywall
 * wraps around a report. Each rule names the debris in the analyst's words
 * (a reason code); a line that is debris is hidden from the report's text,
 * never destroyed. The rules are general, written from how Chinese
 * government, news and document-sharing sites are built, not for one file.
 */

/** Why a line is hidden; the interface turns each code into words. */
export type DebrisReason =
  | 'navigation'
  | 'page-chrome'
  | 'share'
  | 'publish-info'
  | 'byline'
  | 'summary'
  | 'paywall'
  | 'doc-sharing'
  | 'disclaimer'
  | 'page-number'
  | 'related-links';

/** Breadcrumbs: `首页 > 政务公开 > 某镇`, `当前位置：…`. */
const NAVIGATION = [/\S\s*[>›»]\s*\S.*[>›»]/u, /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/u, /^首页\s*[>›»/]/u];

/** Page toolbars: font size, print, close, favourites, back to top. */
const PAGE_CHROME = [
  /【\s*(?:字体|字号)\s*[:：]?[^】]*】|【\s*(?:打印|关闭|收藏本页|打印本页|关闭窗口|返回顶部)\s*】/u,
  /^(?:字体|字号)\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/u,
  /^(?:打印本页|关闭窗口|返回顶部|回到顶部|返回首页|打印|关闭|收藏|上一篇|下一篇|电脑桌面|搜索资料|我的下载|会员中心|联系客服|登录|注册|确认删除[?？]?)$/u,
  /^(?:添加.{1,12}到(?:电脑)?桌面|安装后可以在桌面快捷访问)/u,
  /^[•·\s]*联系客服/u,
  /^[-—–_=|·•*~]+$/u,
];

/** Share prompts: scan to read on a phone, share to WeChat… */
const SHARE = [/^扫一扫/u, /扫一扫在手机/u, /^分享到\s*[:：]?/u, /^(?:微信|微博|QQ空间)(?:\s+(?:微信|微博|QQ空间))+$/u];

/** A page's date, time, source and hit count, e.g. `2023/10/12 11:10:30 来源：…`. */
const DATE_TIME = /(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/u;
const PUBLISH_WORDS = /(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|信息来源|浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|访问量|作者|编辑|责任编辑)\s*[:：]/u;
/** A page's hit count, which may stand on a line of its own: `浏览次数：356`. */
const HIT_COUNT = /(?:浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|访问量)\s*[:：]\s*\d+/u;

/** A byline: `文 / 某某`, `作者：某某`, `记者 某某`, `通讯员 某某`. */
const BYLINE = /^(?:文\s*[/／|]\s*|作者\s*[:：]\s*|(?:本报)?记者\s*|通讯员\s*)[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*$/u;

/** A page's summary box. */
const SUMMARY = /^(?:核心提示|内容提要|内容摘要|摘要|导读)\s*[:：]/u;

/** A paywall or download-site footer. */
const PAYWALL = [
  /付费下载|VIP专享|VIP免费|会员专享|联系客服|本站所有内容|您可能关注的文档|全文阅读已结束|试读结束|下载此文档|剩余\d+页未读/u,
  // Weaker words (a speech may say 下载文档, 无法支付, 开通会员, 公文档案) count
  // only when the line speaks as the site to its reader: 本站, 您, 客服, 请点击….
  /(?=.*(?:本站|本网站|您|客服|请(?:点击|联系|自行|登录|购买)))(?=.*(?:文档|上传|下载|侵权|侵犯|违规|版权|付费|支付|会员))/u,
];

/** A document-sharing site's preamble about the file it shows. */
const DOC_SHARING = /由会员分享|可在线阅读.{0,20}更多相关|请在.{1,12}(?:文库|文档|网)上搜索|《[^》]*\.(?:docx?|pdf|pptx?|wps)》/u;

/** A page's closing disclaimer or copyright line. */
const DISCLAIMER = /^(?:郑重声明|免责声明|版权声明|特别声明|声明)\s*[:：]|版权归原作者|转载.{0,12}(?:仅为|请注明|须注明)|如有侵权|联系删除|Copyright|©|ICP备|网站标识码|公网安备/u;

/** A line that is only a page number: `3`, `- 3 -`, `第3页`, `第 3 页 共 10 页`, `3/10`. */
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

/** A related-links heading. */
const RELATED = /^(?:相关链接|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热点推荐|猜你喜欢)\s*[:：]?$/u;

/** The longest line that page chrome rules consider: debris lines are short. */
const SHORT = 80;

/**
 * Why `line` (trimmed) is site debris, or null when it is the report's own
 * text. Only short lines are judged as chrome, so a sentence of the speech
 * that happens to mention 打印 or 下载 is never hidden; paywall and
 * disclaimer wording is judged on lines up to 300 characters, since those
 * notices run long, and never on a line that reads like the speech
 * (`各位代表…`).
 */
export function debrisReason(line: string): DebrisReason | null {
  const length = Array.from(line).length;
  if (line.startsWith('各位代表')) return null;
  if (SUMMARY.test(line)) return 'summary';
  if (length <= 300 && DOC_SHARING.test(line)) return 'doc-sharing';
  if (length <= 300 && DISCLAIMER.test(line)) return 'disclaimer';
  if (length <= 300 && PAYWALL.some((rule) => rule.test(line))) return 'paywall';
  if (length > SHORT) return null;
  if (PAGE_NUMBER.test(line)) return 'page-number';
  if (isPublishLine(line)) return 'publish-info';
  if (NAVIGATION.some((rule) => rule.test(line))) return 'navigation';
  if (SHARE.some((rule) => rule.test(line))) return 'share';
  if (PAGE_CHROME.some((rule) => rule.test(line))) return 'page-chrome';
  if (RELATED.test(line)) return 'related-links';
  if (BYLINE.test(line)) return 'byline';
  return null;
}

/**
 * A page's publishing line: a date with a time, or a date with words such
 * as 来源/发布时间/浏览次数, or a hit count, and little else. A delivery
 * date written in a report (`2023年1月10日`) alone on its line is not one:
 * it has no time and no publishing words.
 */
export function isPublishLine(line: string): boolean {
  const date = DATE_TIME.exec(line);
  if (PUBLISH_WORDS.test(line) && (date || /来源\s*[:：]/u.test(line))) return true;
  if (HIT_COUNT.test(line)) return true;
  if (!date) return false;
  const hasTime = /\d{1,2}:\d{2}/u.test(date[0]);
  const rest = line.replace(date[0], '').trim();
  return hasTime && rest.length <= 20;
}
