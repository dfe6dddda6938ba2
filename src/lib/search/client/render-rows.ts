import { ATTRIBUTES, fullId, type Manifest } from '../format.ts';
import { highlight, snippet } from '../highlight.ts';
import type { ParsedQuery } from '../query.ts';
import { el, marked } from './dom.ts';
import type { SiteLinks } from './links.ts';
import type { AnyRow } from './rows.ts';
import { citeControl } from './cite.ts';
import { conflictSlot } from './conflicts.ts';

function where(r: AnyRow, links: SiteLinks): HTMLElement {
  const [planId, region, title] = r.plan;
  return el(
    'p',
    { class: 'search-where' },
    el('span', { class: 'search-region' }, region),
    ' · ',
    el('a', { href: links.plan(planId) }, title),
  );
}

function indicatorOf(id: number, m: Manifest): Manifest['indicators'][number] | undefined {
  return m.indicators.find((i) => id >= i.range[0] && id < i.range[1]);
}

/** One result: what it is, where it is from, the matched words marked, and its links. */
export function resultItem(r: AnyRow, q: ParsedQuery, m: Manifest, links: SiteLinks): HTMLLIElement {
  const planId = r.plan[0];
  if (r.kind === 'target') {
    const [, suffix, name, value, year, attribute, quote] = r.row;
    const id = fullId(planId, suffix);
    const indicator = indicatorOf(r.id, m);
    return el(
      'li',
      { class: 'search-result kind-target', 'data-id': id },
      el(
        'p',
        { class: 'search-title' },
        el('a', { href: links.source(planId, id, q.raw) }, ...marked(highlight(name, q))),
      ),
      el(
        'p',
        { class: 'search-value' },
        el('strong', {}, value),
        year === null ? '' : ` · ${year}年`,
        attribute > 0 ? el('span', { class: 'search-attr' }, ATTRIBUTES[attribute - 1]!) : '',
      ),
      conflictSlot(links.conflicts(), id),
      where(r, links),
      el('p', { class: 'search-snippet' }, ...marked(snippet(quote, q))),
      el(
        'p',
        { class: 'search-links' },
        el('a', { href: links.source(planId, id, q.raw) }, '原文位置'),
        indicator ? el('a', { href: links.indicator(indicator.id) }, `指标：${indicator.name}`) : '',
      ),
      citeControl(links.plan(planId), id, name),
    );
  }
  if (r.kind === 'task') {
    const [, suffix, title, text] = r.row;
    const id = fullId(planId, suffix);
    return el(
      'li',
      { class: 'search-result kind-task', 'data-id': id },
      el('p', { class: 'search-title' }, el('a', { href: links.task(planId, id) }, ...marked(highlight(title, q)))),
      where(r, links),
      el('p', { class: 'search-snippet' }, ...marked(snippet(text, q))),
      el(
        'p',
        { class: 'search-links' },
        el('a', { href: links.source(planId, id, q.raw) }, '原文位置'),
        el('a', { href: links.task(planId, id) }, '任务页'),
      ),
      citeControl(links.plan(planId), id, title),
    );
  }
  const [, anchor, text] = r.row;
  return el(
    'li',
    { class: 'search-result kind-paragraph', 'data-id': `${planId}#${anchor}` },
    where(r, links),
    el('p', { class: 'search-snippet' }, ...marked(snippet(text, q, 160))),
    el(
      'p',
      { class: 'search-links' },
      el('a', { href: links.source(planId, anchor, q.raw) }, `原文第 ${anchor.replace(/^p/u, '')} 段`),
    ),
  );
}
