// The proposed-value cell: typing a value says at once where it stands on its row.
import { assess, parseProposal } from '../../lib/site/workbench/assess.ts';
import type { DraftRow } from '../../lib/site/workbench/rows.ts';
import { formatNumber } from '../../lib/site/target-text.ts';
import { el } from '../compare/dom.ts';

/** Values typed so far, by indicator id; kept when the table is redrawn for another choice. */
export const proposals = new Map<string, number>();

function show(out: HTMLElement, row: DraftRow, text: string): void {
  const value = parseProposal(text);
  if (value === null) proposals.delete(row.indicator.id);
  else proposals.set(row.indicator.id, value);
  document.dispatchEvent(new CustomEvent('workbench:proposal'));
  if (value === null) {
    out.replaceChildren(text.trim() === '' ? '' : el('span', { class: 'tag warn' }, '请填数字'));
    return;
  }
  const a = assess(row, value);
  const lines = [
    el('span', { class: 'wb-rank' }, a.rank),
    a.higher ? el('span', { class: 'wb-vs-higher' }, a.higher) : null,
    a.previous ? el('span', { class: 'wb-vs-previous' }, a.previous) : null,
  ];
  out.replaceChildren(...lines.filter((l) => l !== null));
}

export function proposeCell(row: DraftRow): HTMLElement {
  const unit = row.unit ?? '';
  const input = el('input', {
    class: 'wb-value',
    type: 'text',
    inputmode: 'decimal',
    size: '6',
    'aria-label': `${row.indicator.name}的拟定值${unit ? `（${unit}）` : ''}`,
  }) as HTMLInputElement;
  const out = el('output', { class: 'wb-standing small' });
  const known = proposals.get(row.indicator.id);
  if (known !== undefined) input.value = formatNumber(known);
  input.addEventListener('input', () => show(out, row, input.value));
  if (input.value) show(out, row, input.value);
  return el('td', { class: 'wb-propose' }, el('span', { class: 'wb-input' }, input, unit ? ` ${unit}` : ''), out);
}
