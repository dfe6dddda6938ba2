// Narrows the comparison table to the ticked plans, keeps the choice in "?plans=a,b" so the
// view can be shared, and re-marks the most ambitious target among the visible plans.
import { bestValue, type Better } from '../lib/site/ambition.ts';
import { parsePlansParam, plansQuery } from '../lib/site/compare-query.ts';

const form = document.querySelector<HTMLFormElement>('form.compare-picker');
const boxes = [...document.querySelectorAll<HTMLInputElement>('form.compare-picker input[name="plans"]')];
const hint = document.querySelector<HTMLElement>('.compare-hint');
const known = boxes.map((b) => b.value);

function apply(selected: readonly string[]): void {
  const shown = new Set(selected.length > 0 ? selected : known);
  for (const cell of document.querySelectorAll<HTMLElement>('.compare-table [data-plan]')) {
    cell.hidden = !shown.has(cell.dataset['plan'] ?? '');
  }
  for (const row of document.querySelectorAll<HTMLTableRowElement>('.compare-table tbody tr')) {
    const cells = [...row.querySelectorAll<HTMLElement>('td[data-value]')].filter((c) => !c.hidden);
    const values = cells.map((c) => Number(c.dataset['value']));
    // a lone target is not "more ambitious" than anything
    const best = values.length >= 2 ? bestValue(values, (row.dataset['better'] ?? 'higher') as Better) : null;
    for (const cell of row.querySelectorAll<HTMLElement>('td')) {
      cell.classList.toggle('is-best', !cell.hidden && cell.dataset['value'] !== undefined && Number(cell.dataset['value']) === best);
    }
  }
  if (hint) hint.textContent = shown.size < 2 ? '请至少选择两个地区进行对比。' : '';
}

function selection(): string[] {
  const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
  return ticked.length === known.length ? [] : ticked;
}

function update(): void {
  const chosen = selection();
  history.replaceState(null, '', `${location.pathname}${plansQuery(chosen)}${location.hash}`);
  apply(chosen);
}

if (form) {
  const initial = parsePlansParam(location.search, known);
  for (const box of boxes) box.checked = initial.length === 0 || initial.includes(box.value);
  form.hidden = false;
  document.querySelector<HTMLElement>('.compare-nojs')?.setAttribute('hidden', '');
  form.addEventListener('change', update);
  form.querySelector('.select-all')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    update();
  });
  apply(initial);
}
