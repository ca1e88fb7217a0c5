import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { chromeHint, hasContentHint, hasTitleHint } from './html-class-hints';

/** The first element of `html`. */
const element = (html: string): Element => parseDocument(html).children[0] as Element;
const reason = (html: string): string | null => chromeHint(element(html))?.reason ?? null;

describe('chromeHint', () => {
  it('names navigation by class, id, camelCase and role', () => {
    expect(reason('<div class="nav">')).toBe('navigation');
    expect(reason('<div id="topNav">')).toBe('navigation');
    expect(reason('<div class="crumbs">')).toBe('navigation');
    expect(reason('<ul class="main-menu">')).toBe('navigation');
    expect(reason('<div class="position">')).toBe('navigation');
    expect(reason('<div role="navigation">')).toBe('navigation');
  });

  it('names other page chrome', () => {
    for (const html of ['<div class="footer">', '<div id="sidebar">', '<div class="bdsharebuttonbox">', '<div class="share_bar">', '<div class="ad">', '<div class="login-box">', '<div role="contentinfo">', '<div class="copyright2">']) {
      expect(reason(html)).toBe('page-chrome');
    }
  });

  it('compares whole words, so heading, canvas, navy, header-less words, download and position-relative are not chrome', () => {
    for (const html of ['<div class="heading">', '<div class="canvas-wrap">', '<div class="navy">', '<div class="download">', '<div class="position-relative">', '<div class="adorn">', '<div class="menuitem-text">', '<div>']) {
      expect(reason(html)).toBeNull();
    }
  });

  it('marks headers and footers as such, to be spared inside an article', () => {
    expect(chromeHint(element('<div class="article-footer">'))).toEqual({ reason: 'page-chrome', headerOrFooter: true });
    expect(chromeHint(element('<div class="footer-share">'))).toEqual({ reason: 'page-chrome', headerOrFooter: false });
  });
});

describe('hasContentHint and hasTitleHint', () => {
  it('recognise content and title names', () => {
    expect(hasContentHint(element('<div class="TRS_Editor">'))).toBe(true);
    expect(hasContentHint(element('<div id="zoom">'))).toBe(true);
    expect(hasContentHint(element('<div class="articleContent">'))).toBe(true);
    expect(hasContentHint(element('<div class="contentious">'))).toBe(false);
    expect(hasTitleHint(element('<div class="tit">'))).toBe(true);
    expect(hasTitleHint(element('<td class="bt">'))).toBe(true);
    expect(hasTitleHint(element('<div class="subtitle">'))).toBe(false);
  });
});
