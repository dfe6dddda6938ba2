import { isoDay, withAccessDate } from '../../site/citation/access-date.ts';
import { withPermalinkOrigin } from '../../site/citation/compose.ts';
import { copyText } from '../../site/clip/copy-text.ts';
import { el } from './dom.ts';

/**
 * "复制引用" for a record shown away from its plan page (search results, large tables). Each
 * record's citation is written once, on its plan page (`.cite[data-record]`); it is read from
 * there when asked for, so it is the very text the plan page copies and no page carries it twice.
 */
const pages = new Map<string, Promise<Document>>();

function planPage(url: string): Promise<Document> {
  let p = pages.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    pages.set(url, p);
    p.catch(() => pages.delete(url));
  }
  return p;
}

/** The citation as the reader pastes it: dated today, its permalink a full address. */
export async function citationOf(planUrl: string, record: string): Promise<string | null> {
  const doc = await planPage(planUrl);
  const block = [...doc.querySelectorAll<HTMLElement>('.cite[data-record]')].find(
    (b) => b.dataset['record'] === record,
  );
  const built = block?.querySelector('.cite-text')?.textContent;
  if (!block || !built) return null;
  const dated = withAccessDate(built, block.dataset['accessed'] ?? '', isoDay(new Date()));
  return withPermalinkOrigin(dated, location.origin);
}

async function copyInto(control: HTMLElement): Promise<void> {
  const { plan = '', record = '' } = control.dataset;
  const status = control.querySelector('.cite-status')!;
  const shown = control.querySelector<HTMLElement>('.cite-text')!;
  status.textContent = '正在读取引用…';
  const text = await citationOf(plan, record).catch(() => null);
  if (text === null) {
    status.textContent = '未能读取引用，请打开规划页面复制';
    return;
  }
  shown.textContent = text;
  const ok = await copyText(text);
  status.textContent = ok ? '已复制到剪贴板' : '复制失败，请展开“引用文本”手动复制';
  if (!ok) control.querySelector('details')?.setAttribute('open', '');
  window.setTimeout(() => (status.textContent = ''), 4000);
}

/** Wires a control made by `citeControl` or written by CiteButton.astro (`.cite-lazy`). */
export function wireCite(control: HTMLElement): void {
  const button = control.querySelector<HTMLButtonElement>('button.cite-copy');
  if (!button || button.dataset['wired']) return;
  button.dataset['wired'] = '1';
  button.hidden = false;
  button.addEventListener('click', () => void copyInto(control));
  const details = control.querySelector('details');
  details?.addEventListener('toggle', () => {
    if (!details.open || control.dataset['loaded']) return;
    control.dataset['loaded'] = '1';
    const shown = control.querySelector<HTMLElement>('.cite-text')!;
    void citationOf(control.dataset['plan'] ?? '', control.dataset['record'] ?? '')
      .catch(() => null)
      .then((text) => (shown.textContent = text ?? '未能读取引用，请打开规划页面复制'));
  });
}

/** A control for a record, drawn by a page script (search results). */
export function citeControl(planUrl: string, record: string, about: string): HTMLElement {
  const control = el(
    'div',
    { class: 'cite cite-lazy', 'data-plan': planUrl, 'data-record': record },
    el('button', { type: 'button', class: 'cite-copy', 'aria-label': `复制引用：${about}` }, '复制引用'),
    el('span', { class: 'cite-status small', role: 'status' }),
    el('details', {}, el('summary', { class: 'small' }, '引用文本'), el('pre', { class: 'cite-text' }, '正在读取…')),
  );
  wireCite(control);
  return control;
}
