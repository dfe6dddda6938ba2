// Narrows both comparison tables to the ticked plans, keeps the choice in "?plans=a,b" so the
// view can be shared, and re-marks the most ambitious target among the visible plans (per
// target year: a 2030 target never outranks a 2025 one).
import { parsePlansParam, plansQuery } from '../lib/site/compare-query.ts';
import { bestOfYear, type Better } from '../lib/site/measure/ambition.ts';
import type { Op } from '../lib/types.ts';

const form = document.querySelector<HTMLFormElement>('form.compare-picker');
const boxes = [...document.querySelectorAll<HTMLInputElement>('form.compare-picker input[name="plans"]')];
const hint = document.querySelector<HTMLElement>('.compare-hint');
const known = boxes.map((b) => b.value);

function rankOf(cell: HTMLElement): { year: number; value: number; op: Op | null } | null {
  const { year, value, op } = cell.dataset;
  if (cell.hidden || year === undefined || value === undefined) return null;
  return { year: Number(year), value: Number(value), op: (op || null) as Op | null };
}

function remark(): void {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('.compare-table tbody tr')) {
    const cells = [...row.querySelectorAll<HTMLElement>('td[data-plan]')];
    const best = bestOfYear(cells.map(rankOf), (row.dataset['better'] ?? 'higher') as Better);
    cells.forEach((cell, i) => cell.classList.toggle('is-best', best[i]!));
  }
}

function apply(selected: readonly string[]): void {
  const shown = new Set(selected.length > 0 ? selected : known);
  for (const cell of document.querySelectorAll<HTMLElement>('.compare-grid [data-plan]')) {
    cell.hidden = !shown.has(cell.dataset['plan'] ?? '');
  }
  // A row none of the chosen plans fills says nothing about them.
  for (const row of document.querySelectorAll<HTMLTableRowElement>('.compare-grid tbody tr')) {
    row.hidden = ![...row.querySelectorAll<HTMLElement>('td[data-has]')].some((c) => !c.hidden);
  }
  remark();
  if (hint) {
    hint.textContent =
      shown.size < 2 ? '请至少选择两个地区进行对比。' : `已选 ${shown.size} 个地区；本页网址可直接分享。`;
    hint.classList.toggle('warn', shown.size < 2);
  }
  document.dispatchEvent(new CustomEvent('compare:selection', { detail: [...shown] }));
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

/** The plans now shown, in page order, for the export buttons. */
export function shownPlans(): string[] {
  const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
  return ticked.length > 0 ? ticked : known;
}
