// Checks of the built fixture site's files. Plan texts are untrusted input: the built pages must
// show them as text, never as markup. Pages stay lean: no per-element style scoping, one stylesheet.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite } from './build-site.ts';
import { htmlFiles, readHtml, withoutAttributeValues } from './html-files.ts';

import { BING, EVIL, JIA } from './fixture-ids.ts';

let dist = '';

beforeAll(() => {
  dist = buildFixtureSite();
}, 180_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('built site loads nothing from elsewhere', () => {
  it('has no external script, style, image, frame or font in any page or stylesheet', () => {
    const loads =
      /<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|href|data)="(?:https?:)?\/\//iu;
    for (const file of htmlFiles(dist)) expect(readHtml(file), file).not.toMatch(loads);
    const css = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.css') || f.endsWith('.js'),
    );
    for (const file of css)
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(
        /url\(\s*["']?(?:https?:)?\/\/|@import\s+["']?(?:https?:)?\/\//iu,
      );
  });
});

describe('built site escapes untrusted plan text', () => {
  it('has no injected element or attribute in any page', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const markup = withoutAttributeValues(readHtml(file));
      expect(markup, file).not.toContain(EVIL);
      expect(markup, file).not.toMatch(/<[a-z][^<>]*\sonmouseover\s*=/iu);
    }
  });

  it('would notice markup that escaped (the check itself works)', () => {
    expect(withoutAttributeValues(`<p title="${EVIL}">x</p>`)).not.toContain(EVIL);
    expect(withoutAttributeValues(`<p>${EVIL}</p>`)).toContain(EVIL);
    expect(withoutAttributeValues('<mark class="t" onmouseover="x">')).toMatch(/<[a-z][^<>]*\sonmouseover\s*=/iu);
  });

  it('still shows the hostile text, escaped, on the plan page', () => {
    const html = readHtml(join(dist, 'plans', BING, 'index.html'));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot; onmouseover=&quot;x');
  });

  it('writes permalinks with record ids around the marked targets', () => {
    const html = readHtml(join(dist, 'plans', JIA, 'index.html'));
    expect(html).toMatch(new RegExp(`<mark class="target" id="${JIA}-i1"[^>]*>人均预期寿命达到80岁以上</mark>`, 'u'));
    expect(html).toContain(`id="${JIA}-t1"`);
    expect(html).toMatch(/<span class="redacted"[^>]*>\(略\)<\/span>/u);
  });
});

describe('messages readers see are Chinese', () => {
  it('shows no English message of issues.json on any page; the truncation note is in Chinese', () => {
    const issues = JSON.parse(
      readFileSync(join(import.meta.dirname, '../fixtures/site/export/issues.json'), 'utf8'),
    ) as { message: string }[];
    const english = issues.map((i) => i.message).filter((m) => /[a-z]+ [a-z]+ [a-z]+/u.test(m));
    expect(english.length).toBeGreaterThan(0);
    for (const file of htmlFiles(dist)) {
      const html = readHtml(file).replace(/&quot;/gu, '"');
      for (const m of english) expect(html, file).not.toContain(m);
    }
    expect(readHtml(join(dist, 'quality', 'index.html'))).toContain('原文在此中断，疑似不完整');
  });
});

/** Astro's marks of a scoped <style>: a class (scopedStyleStrategy 'class') or a data attribute. */
const SCOPED = /\sclass="[^"]*\bastro-[a-z0-9]{8}\b|\sdata-astro-cid-[a-z0-9]{8}/u;

/** The pages the site renders: not the plans' original files under /files/, kept as published. */
const sitePages = () => htmlFiles(dist).filter((f) => !f.startsWith(join(dist, 'files')));

describe('built site styles are one stylesheet, never scoped per element', () => {
  it('has no scoped-style class or attribute on any element of any page', () => {
    const files = sitePages();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readHtml(file), file).not.toMatch(SCOPED);
  });

  it('would notice a scoped style (the check itself works)', () => {
    expect('<td class="num astro-uxcdeyrx">').toMatch(SCOPED);
    expect('<td class="astro-uxcdeyrx num">').toMatch(SCOPED);
    expect('<td data-astro-cid-uxcdeyrx>').toMatch(SCOPED);
    expect('<td class="num" title="astro-uxcdeyrx">').not.toMatch(SCOPED);
  });

  it('links the same single stylesheet from every page', () => {
    const links = new Set<string>();
    for (const file of sitePages()) {
      const sheets = [...readHtml(file).matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map((m) => m[1]);
      expect(sheets, file).toHaveLength(1);
      links.add(sheets[0]!);
    }
    expect([...links]).toHaveLength(1);
  });
});
