// Choosing the region drafted for (a plan in the library, or a new region by name, province and
// level) and the target year. The province's plans are fetched only when it is chosen.
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import type { Level } from '../../lib/types.ts';
import type { Choice } from '../../lib/site/workbench/query.ts';
import { el } from '../compare/dom.ts';
import { loadProvince } from '../compare/load.ts';

const form = document.querySelector<HTMLFormElement>('form.workbench-choice');
const q = <T extends Element>(sel: string) => form?.querySelector<T>(sel) ?? null;
const kinds = () => [...(form?.querySelectorAll<HTMLInputElement>('input[name="wb-kind"]') ?? [])];
const province = q<HTMLSelectElement>('select.wb-province');
const plan = q<HTMLSelectElement>('select.wb-plan');
const region = q<HTMLInputElement>('input.wb-region');
const newProvince = q<HTMLInputElement>('input.wb-new-province');
const level = q<HTMLSelectElement>('select.wb-level');
const year = q<HTMLInputElement>('input.wb-year');

const isNew = () => kinds().find((k) => k.checked)?.value === 'new';

function showKind(): void {
  q<HTMLElement>('.wb-library')!.hidden = isNew();
  q<HTMLElement>('.wb-new')!.hidden = !isNew();
}

async function listPlans(key: string, selected: string | null): Promise<void> {
  if (!plan) return;
  const plans = await loadProvince(key);
  plan.replaceChildren(
    el('option', { value: '' }, '请选择'),
    ...plans.map((p) => el('option', { value: p.id }, `${p.region}（${p.period[0]}—${p.period[1]}）`)),
  );
  plan.value = selected && plans.some((p) => p.id === selected) ? selected : '';
}

/** The choice the form now describes (peers are the view's business). */
function read(): Omit<Choice, 'peers'> {
  const y = Number(year?.value);
  const when = Number.isInteger(y) && y > 1900 ? y : null;
  if (!isNew()) return { plan: plan?.value || null, region: null, province: null, level: null, year: when };
  return {
    plan: null,
    region: region?.value.trim() || null,
    province: newProvince?.value.trim() || null,
    level: (level?.value as Level) || null,
    year: when,
  };
}

/** Fills the form from the URL's choice and calls `apply` whenever the drafter changes it. */
export async function startChoice(
  index: CatalogIndex,
  start: Choice & { provinceOfPlan: string | null },
  apply: (c: Omit<Choice, 'peers'>, yearOnly: boolean) => void,
): Promise<void> {
  if (!form || !province) return;
  province.replaceChildren(...index.provinces.map((p) => el('option', { value: p.key }, `${p.name}（${p.plans}）`)));
  document
    .querySelector('#wb-provinces')
    ?.replaceChildren(...index.provinces.map((p) => el('option', { value: p.name })));
  const startKey = index.provinces.find((p) => p.name === start.provinceOfPlan)?.key;
  if (startKey) province.value = startKey;
  const newKind = start.plan === null && start.region !== null;
  for (const k of kinds()) k.checked = k.value === (newKind ? 'new' : 'library');
  if (region) region.value = start.region ?? '';
  if (newProvince) newProvince.value = start.province ?? '';
  if (level && start.level) level.value = start.level;
  if (year) year.value = start.year === null ? '' : String(start.year);
  showKind();
  await listPlans(province.value, start.plan);
  province.addEventListener('change', () => void listPlans(province.value, null));
  for (const k of kinds()) k.addEventListener('change', showKind);
  // a new plan brings its own target year; the drafter's year is kept otherwise
  plan?.addEventListener('change', () => {
    if (year) year.value = '';
    apply(read(), false);
  });
  year?.addEventListener('change', () => apply(read(), true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(read(), false);
  });
  form.hidden = false;
}

export function setYear(value: number | null): void {
  if (year) year.value = value === null ? '' : String(value);
}
