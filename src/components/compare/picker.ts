// Choosing plans: a province's plans listed on demand (filterable by name), the chosen ones kept
// in order with a button to drop each. The choice is what the page and its URL show.
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import type { CatalogPlan } from '../../lib/site/shards/types.ts';
import { el } from './dom.ts';
import { loadProvince } from './load.ts';

export interface Picker {
  chosen: { id: string; label: string }[];
  onChange: () => void;
  /** Which of the province's plans are offered (all when absent). */
  offers?: (plan: CatalogPlan) => boolean;
}

const form = document.querySelector<HTMLFormElement>('form.compare-picker');
const select = form?.querySelector<HTMLSelectElement>('select.picker-province');
const filter = form?.querySelector<HTMLInputElement>('input.picker-filter');
const list = form?.querySelector<HTMLUListElement>('ul.picker-plans');
const chosenList = form?.querySelector<HTMLOListElement>('ol.picker-chosen');

function renderChosen(picker: Picker): void {
  chosenList?.replaceChildren(
    ...picker.chosen.map((c) => {
      const drop = el('button', { type: 'button', class: 'link-button', 'aria-label': `移除 ${c.label}` }, '移除');
      drop.addEventListener('click', () => toggle(picker, c.id, c.label, false));
      return el('li', {}, c.label, ' ', drop);
    }),
  );
}

function toggle(picker: Picker, id: string, label: string, on: boolean): void {
  picker.chosen = picker.chosen.filter((c) => c.id !== id);
  if (on) picker.chosen.push({ id, label });
  renderChosen(picker);
  for (const box of list?.querySelectorAll<HTMLInputElement>('input') ?? [])
    box.checked = picker.chosen.some((c) => c.id === box.value);
  picker.onChange();
}

async function showProvince(picker: Picker, key: string): Promise<void> {
  if (!list) return;
  const plans = await loadProvince(key);
  const words = (filter?.value ?? '').trim();
  list.replaceChildren(
    ...plans
      .filter((p) => words === '' || `${p.region}${p.title ?? ''}`.includes(words))
      .filter((p) => picker.offers?.(p) ?? true)
      .map((p) => {
        const label = `${p.region}（${p.period[0]}—${p.period[1]}）`;
        const box = el('input', { type: 'checkbox', name: 'plans', value: p.id }) as HTMLInputElement;
        box.checked = picker.chosen.some((c) => c.id === p.id);
        box.addEventListener('change', () => toggle(picker, p.id, label, box.checked));
        return el('li', {}, el('label', {}, box, ` ${label}`));
      }),
  );
}

/** Shows the picker (it is hidden without scripts) and lists the province given. */
export function startPicker(picker: Picker, index: CatalogIndex, province: string | undefined): void {
  if (!form || !select) return;
  select.replaceChildren(...index.provinces.map((p) => el('option', { value: p.key }, `${p.name}（${p.plans}）`)));
  if (province) select.value = province;
  const refresh = () => void showProvince(picker, select.value);
  select.addEventListener('change', refresh);
  filter?.addEventListener('input', refresh);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  renderChosen(picker);
  refresh();
}

export const redrawChosen = renderChosen;

/** Lists the province's plans again (after `offers` changed). */
export function relist(picker: Picker): void {
  if (select) void showProvince(picker, select.value);
}
