import type { Level } from '../../types.ts';

/** The whole choice, as the page's URL carries it so a drafting table can be shared. */
export interface Choice {
  plan: string | null;
  region: string | null;
  province: string | null;
  level: Level | null;
  year: number | null;
  /** Null until the drafter changes them: the suggested peers are taken. */
  peers: string[] | null;
  /** Proposed values typed so far, by indicator id. */
  values?: Record<string, number>;
}

const LEVELS: readonly Level[] = ['national', 'province', 'city', 'district', 'county'];

const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() || null;

export function parseChoice(search: string): Choice {
  const params = new URLSearchParams(search);
  const level = text(params, 'level');
  const year = Number(text(params, 'year'));
  const peers = params.has('peers')
    ? params
        .getAll('peers')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : null;
  const values: Record<string, number> = {};
  for (const pair of (text(params, 'v') ?? '').split(',')) {
    const [id, value] = pair.split(':');
    if (id && value !== undefined && value.trim() !== '' && Number.isFinite(Number(value))) values[id] = Number(value);
  }
  return {
    ...(Object.keys(values).length > 0 ? { values } : {}),
    plan: text(params, 'plan'),
    region: text(params, 'region'),
    province: text(params, 'province'),
    level: LEVELS.find((l) => l === level) ?? null,
    year: Number.isInteger(year) && year > 1900 && year < 2200 ? year : null,
    peers: peers && [...new Set(peers)],
  };
}

/** The query for a choice: a plan in the library by id, else the region described. */
export function choiceQuery(c: Choice): string {
  const params = new URLSearchParams();
  if (c.plan) params.set('plan', c.plan);
  else {
    if (c.region) params.set('region', c.region);
    if (c.province) params.set('province', c.province);
    if (c.level) params.set('level', c.level);
  }
  if (c.year !== null) params.set('year', String(c.year));
  if (c.peers !== null) params.set('peers', c.peers.join(','));
  const values = Object.entries(c.values ?? {});
  if (values.length > 0) params.set('v', values.map(([id, v]) => `${id}:${v}`).join(','));
  const q = params.toString().replace(/%2C/gu, ',').replace(/%3A/gu, ':');
  return q === '' ? '' : `?${q}`;
}
