import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { taskTopicMatcher } from '../../src/lib/lexicon/task-topics.ts';
import { readSource } from '../../src/lib/read/read-source.ts';
import type { TaskRecord } from '../../src/lib/types.ts';
import { lexicon, repoRoot } from './project-lexicon.ts';

const topicsOf = (title: string, body: string, units: string[] = []) => lexicon.topicsForTask(title, body, units);

describe('topicsForTask: what a task is about', () => {
  it('takes the title’s topics even when the body mentions others in passing', () => {
    const body =
      '(十四)“强托育”增进民生福祉。将托育服务体系建设纳入规划,建成普惠性托育机构,探索“托幼一体化”。每季度至少开展1次托育服务联合监督检查。';
    expect(topicsOf('“强托育”增进民生福祉', body)).toEqual(['childcare']);
  });

  it('adds a body topic the text dwells on, though the title does not name it', () => {
    const body = '加强健康教育。开展心理健康服务,建设心理服务平台,设立心理门诊,推进心理咨询进社区。';
    expect(topicsOf('加强健康教育', body)).toEqual(['mental-health', 'health-promotion']);
  });

  it('leaves out the responsible units’ names: a 教育体育局 does not make a task about 全民健身', () => {
    const body = '推广合理膳食,普及营养知识。(牵头单位:市卫生计生委;责任单位:市教育体育局、市体育局)';
    const units = ['市卫生计生委', '市教育体育局', '市体育局'];
    expect(topicsOf('引导合理膳食', body, units)).toEqual(['health-promotion']);
    expect(topicsOf('引导合理膳食', body, [])).toContain('fitness');
  });

  it('falls back to the body’s main topic when the title names none', () => {
    const body = '推进家庭医生签约服务,做实签约服务,加强乡镇卫生院建设,提升村卫生室能力。完善信息化。';
    expect(topicsOf('加强组织实施', body)).toEqual(['primary-care']);
    expect(topicsOf('加强组织实施', '落实各项任务,提升信息化水平。')).toEqual(['digital-health']);
    expect(topicsOf('加强组织领导', '明确责任,抓好落实。')).toEqual([]);
  });

  it('folds width and spacing, like the other matchers', () => {
    expect(topicsOf('发展普惠托 育服务', '')).toEqual(['childcare']);
    expect(taskTopicMatcher([{ id: 'x', name: 'X', keywords: ['托育'] }])('', '托育 托育', [])).toEqual(['x']);
  });
});

/**
 * Tasks of the seeds and samples and what an official would file them under: every expected
 * topic is there, and none of the wrong ones that reading every word of the body gave.
 */
const CASES: [plan: string, title: string, expected: string[], wrong: string[]][] = [
  [
    'kaiyuan-health-action-2023-2025.txt',
    '“强托育”增进民生福祉',
    ['childcare'],
    ['fitness', 'supervision', 'population'],
  ],
  ['kaiyuan-health-action-2023-2025.txt', '“重妇幼”关爱妇女儿童健康', ['maternal-child'], ['population']],
  ['kaiyuan-health-action-2023-2025.txt', '“强监督”守住高质量发展底线', ['supervision'], ['population']],
  ['kaiyuan-health-action-2023-2025.txt', '“强学科”打造医疗高地', ['hospital'], []],
  ['xiangtan-healthy-city-2017-2030.txt', '引导合理膳食', ['health-promotion'], ['mental-health', 'population']],
  ['xiangtan-healthy-city-2017-2030.txt', '广泛开展全民健身运动', ['fitness'], ['population']],
  ['xiangtan-healthy-city-2017-2030.txt', '完善计划生育服务管理', ['population'], ['childcare', 'emergency']],
  ['xiangtan-healthy-city-2017-2030.txt', '深入开展全民健康教育', ['health-promotion'], ['population']],
  ['wuhan-jingkai-health-2021-2025.txt', '加强精神卫生防治管理', ['mental-health'], ['hospital', 'workforce']],
  ['wuhan-jingkai-health-2021-2025.txt', '加快婴幼儿照护服务发展', ['childcare'], []],
  ['ordos-health-2021-2025.txt', '强化家庭医生签约服务', ['primary-care'], []],
  ['ordos-health-2021-2025.txt', '优化妇幼保健服务', ['maternal-child'], []],
  ['changchun-service-system-2021-2025.txt', '加快发展安宁疗护服务', ['elderly'], []],
  [
    '../../../shared/samples/sample_yunxi.txt',
    '加强心理健康和精神卫生服务',
    ['mental-health'],
    ['hospital', 'workforce'],
  ],
  ['../../../shared/samples/sample_yunxi.txt', '发展普惠托育服务', ['childcare'], []],
  ['../../../shared/samples/sample_shiquan.md', '提升基层中医药服务能力', ['tcm'], []],
  ['../../../shared/samples/sample_shiquan.md', '做实慢性病基层管理', ['chronic-disease'], []],
];

const tasksOf = new Map<string, TaskRecord[]>();
function tasks(file: string): TaskRecord[] | null {
  const path = join(repoRoot, 'content', 'plans', file);
  if (!existsSync(path)) return null;
  if (!tasksOf.has(path)) tasksOf.set(path, extractPlan(readSource(path), lexicon).tasks);
  return tasksOf.get(path)!;
}

describe('topics of the seeds’ and samples’ tasks', () => {
  it.each(CASES)('%s: %s', (file, title, expected, wrong) => {
    const list = tasks(file);
    if (list === null) return; // the samples folder sits beside the worktree; without it only the seeds are checked
    const task = list.find((t) => t.title.includes(title));
    expect(task, `${file} has the task ${title}`).toBeDefined();
    expect(task!.topics).toEqual(expect.arrayContaining(expected));
    for (const w of wrong) expect(task!.topics, `${title} is not about ${w}`).not.toContain(w);
  });
});
