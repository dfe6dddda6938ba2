import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import { similarityMap, SIMILARITY_FLOOR, type SimilarTask } from '../../src/lib/site/similar/rank.ts';
import type { TaskRecord } from '../../src/lib/types.ts';

const task = (id: string, plan: string, title: string, topics: string[] = []) => ({
  id,
  plan,
  title,
  text: title,
  topics,
});

describe('similar tasks on small inputs', () => {
  it('finds worded-alike tasks of other plans, never the same plan, and nothing for a shared topic alone', () => {
    const all = [
      task('a', 'p1', '加强基层医疗卫生服务能力', ['primary-care']),
      task('b', 'p1', '加强基层医疗卫生服务体系', ['primary-care']),
      task('c', 'p2', '提升基层医疗卫生服务能力'),
      task('d', 'p3', '完善妇幼健康服务', ['primary-care']),
      task('e', 'p4', '发展中医药事业', ['tcm']),
    ];
    expect(
      similarityMap(all)
        .get('a')!
        .map((s) => s.task.id),
    ).toEqual(['c']);
  });

  it('links both ways even when the other task has closer matches of its own', () => {
    const all = [
      task('a', 'p1', '加强基层医疗卫生服务能力'),
      ...['p2', 'p3', 'p4'].map((p, i) => task(`b${i}`, p, '加强基层医疗卫生服务能力建设')),
      task('z', 'p5', '加强基层医疗卫生服务'),
    ];
    const map = similarityMap(all, 2);
    for (const [id, list] of map) {
      for (const s of list)
        expect(
          map.get(s.task.id)!.map((x) => x.task.id),
          `${s.task.id} → ${id}`,
        ).toContain(id);
    }
  });

  it('weighs rare words above common ones', () => {
    const all = [
      task('a', 'p1', '加强托育服务建设'),
      task('b', 'p2', '发展普惠托育服务'),
      task('c', 'p3', '加强法制服务建设'),
      ...Array.from({ length: 20 }, (_, i) => task(`f${i}`, `q${i}`, `加强建设第${i}项工作`)),
    ];
    expect(similarityMap(all).get('a')![0]!.task.id).toBe('b');
  });
});

describe('similar tasks across the project plans', () => {
  let map: Map<string, SimilarTask<TaskRecord>[]>;
  let tasks: TaskRecord[];
  beforeAll(() => {
    const repo = join(import.meta.dirname, '../..');
    const lexicon = loadLexicon(join(repo, 'content/lexicon'));
    tasks = loadCorpus(join(repo, 'content/plans')).sources.flatMap((s) => extractPlan(s, lexicon).tasks);
    map = similarityMap(tasks);
  });
  const find = (plan: string, title: string) => tasks.find((t) => t.plan.startsWith(plan) && t.title === title)!;
  const listed = (plan: string, title: string) => map.get(find(plan, title).id)!.map((s) => s.task.title);

  // pairs picked by hand: each is about the same thing in two plans' own words
  it.each([
    ['ordos', '全面完善婴幼儿托育服务体系', '加快婴幼儿照护服务发展'],
    ['changchun', '加强疾控能力建设', '提升疾病预防控制能力'],
    ['kaiyuan', '“强托育”增进民生福祉', '全面完善婴幼儿托育服务体系'],
    ['wuhan', '深入开展爱国卫生运动', '深化新时期爱国卫生运动'],
    ['ordos', '升级完善全民健康信息平台', '推进“数字健康”建设'],
  ])('%s "%s" lists "%s"', (plan, title, other) => {
    expect(listed(plan, title)).toContain(other);
  });

  it("lists first, for a task about 托育, another plan's 托育 task", () => {
    for (const t of tasks.filter((x) => x.title.includes('托育'))) {
      expect(map.get(t.id)![0]?.task.title, t.title).toMatch(/托育|婴幼儿/u);
    }
  });

  it('lists nothing under the floor and the same list from both ends', () => {
    for (const [id, list] of map) {
      for (const s of list) {
        expect(s.overlap).toBeGreaterThanOrEqual(SIMILARITY_FLOOR);
        expect(map.get(s.task.id)!.some((b) => b.task.id === id)).toBe(true);
      }
    }
  });
});
