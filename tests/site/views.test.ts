import { describe, expect, it } from 'vitest';
import { tasksByTopic } from '../../src/lib/site/compare-tasks.ts';
import { planQuality } from '../../src/lib/site/quality-view.ts';
import { siteLink } from '../../src/lib/site/site-url.ts';
import { unmappedGroups } from '../../src/lib/site/unmapped.ts';
import type { IndicatorRecord, Issue, PlanRecord, TaskRecord } from '../../src/lib/types.ts';

const target = (id: string, plan: string, name: string, indicator: string | null = null) =>
  ({ id, plan, name, indicator }) as IndicatorRecord;
const task = (id: string, plan: string, topics: string[], start = 0) => ({ id, plan, topics, start }) as TaskRecord;
const issue = (code: string, start: number, severity: Issue['severity'] = 'warning'): Issue => ({
  plan: 'a',
  file: 'a.txt',
  severity,
  code,
  message: code,
  start,
  end: start + 1,
  line: 1,
  column: 1,
});

describe('unmappedGroups', () => {
  it('groups by folded name, names used by more plans first', () => {
    const groups = unmappedGroups([
      target('1', 'a', '甲指标'),
      target('2', 'a', '基层诊疗量占比'),
      target('3', 'b', '基层诊疗量占比(%)'),
      target('4', 'b', '人均预期寿命', 'life'),
    ]);
    expect(groups.map((g) => [g.name, g.plans, g.records.map((r) => r.id)])).toEqual([
      ['基层诊疗量占比', ['a', 'b'], ['2', '3']],
      ['甲指标', ['a'], ['1']],
    ]);
  });
});

describe('tasksByTopic', () => {
  it('lines up each plan’s tasks per topic, with untopical tasks in a row of their own', () => {
    const rows = tasksByTopic(
      [{ id: 'a' }, { id: 'b' }],
      [task('t2', 'a', ['x'], 9), task('t1', 'a', ['x', 'y'], 1), task('t3', 'b', []), task('t4', 'c', ['z'])],
      [
        { id: 'x', name: 'X' },
        { id: 'y', name: 'Y' },
        { id: 'z', name: 'Z' },
      ],
    );
    expect(rows.map((r) => [r.topic.name, r.cells.map((c) => c.tasks.map((t) => t.id))])).toEqual([
      ['X', [['t1', 't2'], []]],
      ['Y', [['t1'], []]],
      ['未归类', [[], ['t3']]],
    ]);
  });
});

describe('planQuality', () => {
  it('sorts issues into repairs, redactions, truncation and the rest, and finds every (略)', () => {
    const text = '甲(略)乙\n丙（略）';
    const q = planQuality({
      plan: { id: 'a' } as PlanRecord,
      text,
      outline: 2,
      paragraphs: [
        { anchor: 'p1', kind: 'text', start: 0, end: 5 },
        { anchor: 'p2', kind: 'text', start: 6, end: 10 },
      ],
      records: {
        indicators: [{ source: 'table', indicator: null }],
        tasks: 1,
        units: [{ redacted: true }],
        issues: [
          issue('repair-permille', 0),
          issue('redacted-title', 1, 'info'),
          issue('truncated', 8),
          issue('lost-number', 2),
          issue('boilerplate', 0, 'info'),
        ],
      },
    });
    expect(Object.fromEntries(Object.entries(q.issues).map(([k, v]) => [k, v.map((i) => i.code)]))).toEqual({
      repair: ['repair-permille'],
      redaction: ['redacted-title'],
      truncation: ['truncated'],
      damage: ['lost-number'],
      note: ['boilerplate'],
    });
    expect([q.redactedMarks, q.redactedAt]).toEqual([2, ['p1', 'p2']]);
    expect(q.counts).toMatchObject({
      targets: 1,
      tableTargets: 1,
      unmapped: 1,
      redactedUnits: 1,
      outline: 2,
      paragraphs: 2,
    });
  });
});

describe('siteLink', () => {
  it('is absolute when the site address is known, else the path from the site root', () => {
    expect(siteLink('/plans/a/#x', 'https://intranet.example/')).toBe('https://intranet.example/plans/a/#x');
    expect(siteLink('/sub/plans/a/#x', 'https://intranet.example/sub/')).toBe(
      'https://intranet.example/sub/plans/a/#x',
    );
    expect(siteLink('/plans/a/#x', '')).toBe('/plans/a/#x');
  });
});
