import type { IndicatorRecord, Issue, PlanRecord, TaskRecord, UnitRecord } from '../types.ts';

/**
 * Accepts a key list only when it names every key of T, so adding a field to the contract without
 * adding it here fails to compile instead of silently dropping a column.
 */
function columns<T>() {
  return <const K extends readonly (keyof T)[]>(
    keys: K & (Exclude<keyof T, K[number]> extends never ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): K => keys;
}

// Key order follows types.ts; for quoted records the own fields come first so `id` leads every row.
export const PLAN_COLUMNS = columns<PlanRecord>()([
  'id',
  'file',
  'region',
  'province',
  'level',
  'title',
  'period',
  'issuer',
  'date',
  'docNumber',
  'kind',
  'url',
  'sha256',
  'encoding',
  'format',
  'length',
]);

export const INDICATOR_COLUMNS = columns<IndicatorRecord>()([
  'id',
  'plan',
  'name',
  'indicator',
  'unit',
  'year',
  'op',
  'value',
  'valueText',
  'baselineYear',
  'baselineValue',
  'parentValue',
  'attribute',
  'category',
  'source',
  'task',
  'repairs',
  'yearly',
  'conflict',
  'uncertain',
  'page',
  'start',
  'end',
  'quote',
]);

export const TASK_COLUMNS = columns<TaskRecord>()([
  'id',
  'plan',
  'title',
  'path',
  'lead',
  'partners',
  'text',
  'indicators',
  'topics',
  'page',
  'start',
  'end',
  'quote',
]);

export const UNIT_COLUMNS = columns<UnitRecord>()([
  'id',
  'plan',
  'task',
  'role',
  'name',
  'department',
  'redacted',
  'start',
  'end',
  'quote',
]);

export const ISSUE_COLUMNS = columns<Issue>()([
  'plan',
  'file',
  'severity',
  'code',
  'message',
  'start',
  'end',
  'line',
  'column',
]);

/** A copy of the record with exactly these keys in this order (extra fields are not exported). */
export function ordered<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of keys) out[key] = record[key];
  return out as T;
}
