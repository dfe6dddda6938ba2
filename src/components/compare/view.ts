// The compare page: reads ?plans=a,b, fetches only those plans' data, draws both tables and keeps
// the URL in step with the choice so it can be shared.
import { plansQuery } from '../../lib/site/compare-query.ts';
import type { PlanShard } from '../../lib/site/shards/types.ts';
import { loadCatalog, loadPlan } from './load.ts';
import { redrawChosen, startPicker, type Picker } from './picker.ts';
import { renderTargets } from './render-targets.ts';
import { renderTasks } from './render-tasks.ts';

const targets = document.querySelector<HTMLTableElement>('#compare-targets');
const tasks = document.querySelector<HTMLTableElement>('#compare-tasks');
const hint = document.querySelector<HTMLElement>('.compare-hint');
const results = document.querySelector<HTMLElement>('.compare-results');

const wanted = new URLSearchParams(location.search)
  .getAll('plans')
  .flatMap((v) => v.split(','))
  .map((v) => v.trim())
  .filter((v) => v !== '');

const picker: Picker = { chosen: [], onChange: () => void draw() };
let shown: string[] = [];

async function draw(): Promise<void> {
  const ids = picker.chosen.map((c) => c.id);
  history.replaceState(null, '', `${location.pathname}${plansQuery(ids)}${location.hash}`);
  const index = await loadCatalog();
  const loaded = await Promise.allSettled(ids.map(loadPlan));
  const shards = loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const missing = ids.filter((_, i) => loaded[i]!.status === 'rejected');
  if (targets) renderTargets(targets, index, shards);
  if (tasks) renderTasks(tasks, index, shards);
  shown = shards.map((s) => s.plan.id);
  if (results) results.hidden = shards.length === 0;
  if (hint) {
    const gone = missing.length > 0 ? `未找到规划：${missing.join('、')}。` : '';
    hint.textContent =
      shards.length < 2
        ? `${gone}请至少选择两个地区进行对比。`
        : `${gone}已选 ${shards.length} 个地区；本页网址可直接分享。`;
    hint.classList.toggle('warn', shards.length < 2);
  }
  document.dispatchEvent(new CustomEvent('compare:selection', { detail: shown }));
}

async function start(): Promise<void> {
  const index = await loadCatalog();
  const first = await Promise.allSettled(wanted.map(loadPlan));
  const found = first.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) as PlanShard[];
  picker.chosen = found.map((s) => ({
    id: s.plan.id,
    label: `${s.plan.region}（${s.plan.period[0]}—${s.plan.period[1]}）`,
  }));
  const province = index.provinces.find((p) => p.name === found[0]?.plan.province)?.key;
  document.querySelector('.compare-nojs')?.setAttribute('hidden', '');
  startPicker(picker, index, province);
  redrawChosen(picker);
  await draw();
}

void start();

/** The plans the tables show now, in their order, for the export buttons. */
export const shownPlans = (): string[] => shown;
