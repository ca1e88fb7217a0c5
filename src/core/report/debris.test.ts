import { describe, expect, it } from 'vitest';
import { debrisReason, isPublishLine, type DebrisReason } from './debris';
import { COMPILATION_REPORT } from '../fixtures/compilation-report';
import { DOC_SHARING_PREAMBLE } from '../fixtures/doc-sharing-report';
import { GOVERNMENT_SITE_DEBRIS, GOVERNMENT_SITE_REPORT } from '../fixtures/government-site-report';
import { NEWS_ARTICLE_REPORT } from '../fixtures/news-article-report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';

const table: readonly [DebrisReason, string][] = [
  ['navigation', '政务公开 > 青石县白鹭镇 > 其他法定信息'],
  ['navigation', '首页 > 新闻中心 > 乡镇动态'],
  ['navigation', '当前位置：首页 > 政务公开'],
  ['navigation', '您的位置: 首页'],
  ['navigation', '首页 / 政务公开'],
  ['page-chrome', '【字体:大 中 小】【打印】【关闭】'],
  ['page-chrome', '【字体：大 中 小】'],
  ['page-chrome', '【收藏本页】【打印本页】【关闭窗口】'],
  ['page-chrome', '字体：大 中 小'],
  ['page-chrome', '字号：【大】【中】【小】'],
  ['page-chrome', '打印本页'],
  ['page-chrome', '关闭窗口'],
  ['page-chrome', '回到顶部'],
  ['page-chrome', '上一篇'],
  ['page-chrome', '确认删除?'],
  ['page-chrome', '电脑桌面'],
  ['page-chrome', '添加某某文库到电脑桌面'],
  ['page-chrome', '安装后可以在桌面快捷访问'],
  ['page-chrome', '-'],
  ['page-chrome', '———'],
  ['share', '扫一扫在手机打开当前页'],
  ['share', '扫一扫，分享到微信'],
  ['share', '分享到：'],
  ['share', '微信 微博 QQ空间'],
  ['publish-info', '2023-04-18 09:30'],
  ['publish-info', '2023/10/20 14:05:12'],
  ['publish-info', '2023-04-18 09:30:05 白鹭镇人民政府'],
  ['publish-info', '2023/10/20 14:05:12 来源:云岭发展观察网 【字体:大 中 小】【收藏本页】【打印】【关闭】'],
  ['publish-info', '发布时间：2023-04-18 来源：白鹭镇人民政府 浏览次数：1203'],
  ['publish-info', '发布日期：2023年4月18日'],
  ['publish-info', '来源：青石县人民政府网'],
  ['publish-info', '信息来源：白鹭镇党政办'],
  ['publish-info', '浏览次数：356'],
  ['publish-info', '阅读量：1024'],
  ['publish-info', '时间：2023-04-18 作者：苏晓风'],
  ['byline', '文 / 苏晓风'],
  ['byline', '文／苏晓风'],
  ['byline', '作者：苏晓风'],
  ['byline', '记者 王芳 通讯员 李明'],
  ['byline', '本报记者 王芳'],
  ['summary', '核心提示：白鹭镇全年经济平稳增长。'],
  ['summary', '内容提要:本文回顾了白鹭镇一年来的工作。'],
  ['summary', '摘要：白鹭镇全年经济平稳增长。'],
  ['paywall', '1、当您付费下载文档后,您只拥有了使用权限,并不意味着购买了版权,文档只能用于自身使用,不得用于其他商业用途。'],
  ['paywall', '2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!'],
  ['paywall', '3、如文档内容存在违规,或者侵犯商业秘密、侵犯著作权等,请点击“违规举报”。'],
  ['paywall', '如遇无法支付、或其他问题请联系客服微信:12345678'],
  ['paywall', '您可能关注的文档'],
  ['paywall', 'VIP专享VIP免费'],
  ['paywall', '乡镇2023年政府工作报告汇编(5篇)VIP专享VIP免费'],
  ['paywall', '联系客服'],
  ['paywall', '• 联系客服：12345678'],
  ['paywall', '全文阅读已结束，如需下载请开通会员'],
  ['paywall', '剩余12页未读，继续阅读'],
  ['doc-sharing', DOC_SHARING_PREAMBLE],
  ['doc-sharing', '《白鹭镇2023年政府工作报告.pdf》'],
  ['doc-sharing', '更多相关内容请在某某文库上搜索。'],
  ['disclaimer', '郑重声明:本文仅代表作者个人观点,与本网无关。其原创性以及文中陈述文字和内容未经本站证实。'],
  ['disclaimer', '免责声明：本站部分内容转载自网络。'],
  ['disclaimer', '版权所有 © 青石县白鹭镇人民政府'],
  ['disclaimer', 'Copyright 2023 白鹭镇人民政府 版权所有'],
  ['disclaimer', '网站标识码：1234567890 某ICP备12345678号'],
  ['disclaimer', '本文来源于网络，如有侵权请联系删除。'],
  ['page-number', '3'],
  ['page-number', '- 3 -'],
  ['page-number', '—12—'],
  ['page-number', '第3页'],
  ['page-number', '第 3 页 共 10 页'],
  ['page-number', '3/10'],
  ['related-links', '相关链接'],
  ['related-links', '相关阅读：'],
  ['related-links', '猜你喜欢'],
];

describe('debrisReason', () => {
  it.each(table)('%s: %s', (reason, line) => {
    expect(debrisReason(line)).toBe(reason);
  });

  it.each([
    // Sentences of the speech that mention what site chrome mentions.
    ['推进政务服务平台建设，群众可在线下载表格、自助打印证明，全年网上办件1.2万件。'],
    ['新发展会员企业12家，商会平台作用进一步发挥。'],
    ['为辖区老年人开通会员积分服务，积分可兑换生活用品。'],
    ['设立助学基金，帮助无法支付学费的困难家庭学生36名。'],
    ['推进机关公文档案数字化，实现文件网上传阅，全年节约打印费用12万元。'],
    ['规范公文档案管理，严防违规泄密。'],
    ['镇政府门户网站全年发布信息1200条，群众下载文档和办事指南3000余次。'],
    ['新建村级文化活动平台5个，开通农家书屋下载服务。'],
    ['开展打击侵犯版权专项行动，查处盗版出版物2000余册。'],
    ['全镇建成数字乡村服务平台，村民可通过手机下载“白鹭通”应用办理业务。'],
    ['文化站新增图书下载终端2台，满足群众阅读需求。'],
    ['打造“扫一扫”便民服务，群众扫码即可查询办事进度。'],
    // Words of chrome standing as words of the report.
    ['下载'],
    ['平台建设'],
    ['会员'],
    ['关闭矿山整治'],
    // Lines of a report that look a little like page furniture.
    ['青石县白鹭镇2023年政府工作报告'],
    ['一、2022年工作回顾'],
    ['各位代表：'],
    ['各位代表，本站所有内容请予审议。'],
    ['2023年1月10日'],
    ['（2023年1月10日）'],
    ['二〇二三年一月十日'],
    ['——2023年1月10日在白鹭镇第十八届人民代表大会第三次会议上'],
    ['镇长 林晓明'],
    ['白鹭镇茶叶加工车间'],
    ['全镇地区生产总值增长6.8%。'],
    ['12.6亿元'],
  ])('%s is the report’s own text', (line) => {
    expect(debrisReason(line)).toBeNull();
  });

  it('judges chrome only on short lines: a long line holding 【打印】 is text', () => {
    const line = `${'全镇上下团结一心、真抓实干，各项事业取得新进展，'.repeat(4)}【打印】`;
    expect(Array.from(line).length).toBeGreaterThan(80);
    expect(debrisReason(line)).toBeNull();
  });

  it('judges paywall wording only on lines up to 300 characters', () => {
    const notice = '当您付费下载文档后，您只拥有了使用权限。';
    expect(debrisReason(notice)).toBe('paywall');
    expect(debrisReason(notice + '全镇上下团结一心，'.repeat(35))).toBeNull();
  });

  it('finds no debris in a report without any', () => {
    expect(TOWNSHIP_REPORT.split('\n').filter((line) => debrisReason(line) !== null)).toEqual([]);
  });

  it('finds the debris of each fixture, and only that', () => {
    const debris = (text: string) => text.split('\n').filter((line) => line.trim() && debrisReason(line.trim()) !== null);
    expect(debris(GOVERNMENT_SITE_REPORT)).toEqual(GOVERNMENT_SITE_DEBRIS);
    expect(debris(NEWS_ARTICLE_REPORT).map((line) => line.slice(0, 6))).toEqual(['-', '2023/1', '核心提示:白', '文 / 苏晓', '郑重声明:本']);
    const lines = COMPILATION_REPORT.split('\n').filter((line) => line.trim());
    expect(lines.slice(0, 4).every((line) => debrisReason(line) !== null)).toBe(true);
    expect(lines.slice(-9).map((line) => debrisReason(line))).toEqual([
      null, // the last body, cut off
      'paywall',
      'paywall',
      'paywall',
      'paywall',
      null, // the compilation's title repeated: hidden by the compilation split, not here
      'paywall',
      'page-chrome',
      'page-chrome',
    ]);
  });
});

describe('isPublishLine', () => {
  it.each([
    ['2023-04-18 09:30', true],
    ['2023/10/20 14:05:12 来源:某某网', true],
    ['发布时间：2023年4月18日', true],
    ['来源：白鹭镇人民政府', true],
    ['2023年1月10日', false],
    ['2023-04-18', false],
    ['2023-04-18 09:30 白鹭镇召开全镇经济工作会议，部署全年重点任务和各项工作', false],
  ] as const)('%s → %s', (line, expected) => {
    expect(isPublishLine(line)).toBe(expected);
  });
});
