import { fullCitation } from '../../site/citation/assemble.ts';
import { copyText } from '../../site/clip/copy-text.ts';
import { el } from './dom.ts';

/**
 * "复制引用" for a record shown away from its plan page (search results, large tables). Each
 * record's citation is written once, on its plan page: its own lines in `.cite[data-record]`,
 * the lines the plan's records share once in `.cite-source`. It is read from there when asked
 * for, so it is the very text the plan page copies and no page carries it twice.
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

/** A record's citation as the reader pastes it, from a plan or task page: dated today, its permalink a full address. */
export function pageCitation(doc: ParentNode, record: string): string | null {
  const block = [...doc.querySelectorAll<HTMLElement>('.cite[data-record]')].find(
    (b) => b.dataset['record'] === record,
  );
  // an opened block shows the whole citation; its own lines are then kept in data-head
  const head = block?.dataset['head'] ?? block?.querySelector('.cite-text')?.textContent;
  const source = doc.querySelector<HTMLElement>('.cite-source');
  if (!head || !source) return null;
  const { link = '', accessed = '', document = null } = source.dataset;
  const reference = source.querySelector('.cite-reference')?.textContent ?? '';
  return fullCitation(head, { link, accessed, document, reference }, record, new Date(), location.origin);
}

/** The citation of a record on another page, read from its plan page. */
export async function citationOf(planUrl: string, record: string): Promise<string | null> {
  return pageCitation(await planPage(planUrl), record);
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
    el('details', {}, el('summary', {}, '引用文本'), el('pre', { class: 'cite-text' }, '正在读取…')),
  );
  wireCite(control);
  return control;
}
