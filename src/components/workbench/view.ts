// The workbench page: reads the choice from the URL, fetches only the plans it cites, draws the
// table and keeps the URL in step with every change so the table can be shared.
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import { draftContext, peerHint as hintFor } from '../../lib/site/workbench/context.ts';
import { choiceQuery, parseChoice, type Choice } from '../../lib/site/workbench/query.ts';
import { draftRows, type DraftRow } from '../../lib/site/workbench/rows.ts';
import { loadCatalog } from '../compare/load.ts';
import { redrawChosen, relist, startPicker, type Picker } from '../compare/picker.ts';
import { startChoice, setYear } from './choose.ts';
import { proposals } from './propose.ts';
import { renderTable } from './render.ts';
import { drafting, loadSources } from './sources.ts';

const table = document.querySelector<HTMLTableElement>('#workbench-table');
const results = document.querySelector<HTMLElement>('.workbench-results');
const status = document.querySelector<HTMLElement>('.wb-status');
const peerHint = document.querySelector<HTMLElement>('.wb-peer-hint');
const title = document.querySelector<HTMLElement>('.wb-title');
const context = document.querySelector<HTMLElement>('.wb-context');

let choice: Choice = parseChoice(location.search);
for (const [id, value] of Object.entries(choice.values ?? {})) proposals.set(id, value);

const keepUrl = () => {
  choice = { ...choice, values: Object.fromEntries(proposals) };
  history.replaceState(null, '', `${location.pathname}${choiceQuery(choice)}${location.hash}`);
};
document.addEventListener('workbench:proposal', keepUrl);
const picker: Picker = { chosen: [], onChange: () => peersChanged() };

/** What the export buttons write: the rows now shown and the table's title. */
export const current: { rows: DraftRow[]; title: string; notes: string[] } = { rows: [], title: '', notes: [] };

const say = (text: string) => status && (status.textContent = text);
const label = (p: { region: string; period: readonly [number, number] }) =>
  `${p.region}（${p.period[0]}—${p.period[1]}）`;

async function draw(index: CatalogIndex): Promise<void> {
  const found = await drafting(choice);
  if (found?.year) choice = { ...choice, year: found.year };
  keepUrl();
  if (!found || found.year === null) {
    if (results) results.hidden = true;
    say(
      choice.plan && !found
        ? `未找到规划：${choice.plan}。`
        : found
          ? '请填写目标年。'
          : '请选择起草地区，或填写新地区的名称、省份和层级。',
    );
    return;
  }
  const { d, year } = found;
  setYear(year);
  say('正在读取所需规划的数据……');
  const src = await loadSources(index, d, year, choice.peers);
  picker.chosen = src.peers.map((s) => ({ id: s.plan.id, label: label(s.plan) }));
  // the region's own plans and the levels above are no peers
  picker.offers = (p) =>
    !(p.region === d.region && p.province === d.province) && p.level !== 'province' && p.level !== 'national';
  redrawChosen(picker);
  relist(picker);
  if (peerHint) peerHint.textContent = hintFor(d, year, choice.peers !== null, src.suggested);
  const rows = draftRows({ indicators: index.indicators, headers: index.targetHeaders, year, ...src });
  current.rows = rows;
  current.title = `起草参考：${d.region}（${year}年目标）`;
  const about = draftContext(
    d,
    year,
    src.previous?.plan ?? null,
    src.peers.map((s) => s.plan),
  );
  current.notes = [...about, ...index.notes];
  if (title) title.textContent = current.title;
  if (context) context.textContent = about.join(' ');
  if (table) renderTable(table, rows, src.peers, src.previous, index.indicatorBase);
  if (results) results.hidden = rows.length === 0;
  const gone = src.missing.length > 0 ? `未找到规划：${src.missing.join('、')}。` : '';
  say(
    rows.length === 0
      ? `${gone}所选同类地区没有可对照的标准指标目标，请增选同类地区。`
      : `${gone}共 ${rows.length} 项指标；本页网址可直接分享。`,
  );
}

let index: CatalogIndex;

function peersChanged(): void {
  choice = { ...choice, peers: picker.chosen.map((c) => c.id) };
  void draw(index);
}

async function start(): Promise<void> {
  index = await loadCatalog();
  document.querySelector('.workbench-nojs')?.setAttribute('hidden', '');
  const first = await drafting(choice);
  await startChoice(index, { ...choice, provinceOfPlan: first?.d.province ?? null }, (c, yearOnly) => {
    // another region or year brings its own suggested peers
    choice = { ...c, peers: yearOnly && c.year === choice.year ? choice.peers : null };
    void draw(index);
  });
  const key = index.provinces.find((p) => p.name === first?.d.province)?.key;
  startPicker(picker, index, key);
  await draw(index);
}

void start();
