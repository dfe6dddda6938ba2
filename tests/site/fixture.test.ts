import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorRecord, ParagraphEntry, PlanRecord, TaskRecord } from '../../src/lib/types.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'site');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, 'export', name), 'utf8')) as T;

describe('site fixture export', () => {
  it('quotes exactly what its offsets point at', () => {
    const plans = read<PlanRecord[]>('plans.json');
    const records = [...read<IndicatorRecord[]>('indicators.json'), ...read<TaskRecord[]>('tasks.json')];
    for (const record of records) {
      const plan = plans.find((p) => p.id === record.plan)!;
      const text = readFileSync(join(root, 'content', 'plans', plan.file), 'utf8');
      expect(text.slice(record.start, record.end)).toBe(record.quote);
    }
  });

  it('has paragraphs that cover every word of every text', () => {
    const plans = read<PlanRecord[]>('plans.json');
    const paragraphs = read<(ParagraphEntry & { plan: string })[]>('paragraphs.json');
    for (const plan of plans) {
      const text = readFileSync(join(root, 'content', 'plans', plan.file), 'utf8');
      const covered = paragraphs
        .filter((p) => p.plan === plan.id)
        .map((p) => text.slice(p.start, p.end))
        .join('');
      expect(covered.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
    }
  });

  it('carries the strings that prove escaping', () => {
    const plans = read<PlanRecord[]>('plans.json');
    expect(plans.some((p) => p.title?.includes('<script>alert(1)</script>" onmouseover="x'))).toBe(true);
  });
});
