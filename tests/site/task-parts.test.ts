import { describe, expect, it } from 'vitest';
import { forwardTo } from '../../src/lib/site/paging/task-forward.ts';
import { planTaskParts, TASKS_PER_PAGE, taskPartOf } from '../../src/lib/site/paging/task-parts.ts';
import type { TaskRecord } from '../../src/lib/types.ts';

/** `n` tasks of a plan, listed out of text order to show the pages follow the text. */
function tasksOf(plan: string, n: number): TaskRecord[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${plan}-t${i}`, plan, start: i * 10, end: i * 10 + 5 }))
    .reverse()
    .map((t) => t as unknown as TaskRecord);
}

describe('planTaskParts', () => {
  it('keeps a plan of up to a page of tasks on one page, in text order', () => {
    const parts = planTaskParts(tasksOf('a', TASKS_PER_PAGE), 'a');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.map((t) => t.start)).toEqual([...parts[0]!.map((t) => t.start)].sort((x, y) => x - y));
  });

  it('spreads a long plan evenly over as few pages as keep each under the limit', () => {
    expect(planTaskParts(tasksOf('a', 53), 'a').map((p) => p.length)).toEqual([27, 26]);
    expect(planTaskParts(tasksOf('a', 81), 'a').map((p) => p.length)).toEqual([27, 27, 27]);
    expect(planTaskParts(tasksOf('a', 7), 'a', 3).map((p) => p.length)).toEqual([3, 3, 1]);
    const all = planTaskParts(tasksOf('a', 95), 'a').flat();
    expect(new Set(all.map((t) => t.id)).size).toBe(95);
  });

  it('gives a plan without tasks no page, and keeps plans apart', () => {
    const tasks = [...tasksOf('a', 3), ...tasksOf('b', 45)];
    expect(planTaskParts(tasks, 'c')).toEqual([]);
    expect(planTaskParts(tasks, 'a').flat()).toHaveLength(3);
    expect(taskPartOf(tasks, 'b-t0')).toBe(1);
    expect(taskPartOf(tasks, 'b-t22')).toBe(1);
    expect(taskPartOf(tasks, 'b-t23')).toBe(2);
    expect(taskPartOf(tasks, 'a-t2')).toBe(1);
    expect(taskPartOf(tasks, 'nowhere')).toBe(1);
  });
});

describe('forwardTo', () => {
  const links = [
    { pathname: '/plans/a/tasks/', hash: '#a-t1', href: 'http://h/plans/a/tasks/#a-t1' },
    { pathname: '/plans/a/tasks/2/', hash: '#a-t50', href: 'http://h/plans/a/tasks/2/#a-t50' },
  ];

  it('sends a reader on to the page that holds the task', () => {
    expect(forwardTo({ pathname: '/plans/a/tasks/', hash: '#a-t50' }, links)).toBe('http://h/plans/a/tasks/2/#a-t50');
  });

  it('stays for a task on this page, an unknown task, or no fragment', () => {
    expect(forwardTo({ pathname: '/plans/a/tasks/', hash: '#a-t1' }, links)).toBeNull();
    expect(forwardTo({ pathname: '/plans/a/tasks/2/', hash: '#a-t50' }, links)).toBeNull();
    expect(forwardTo({ pathname: '/plans/a/tasks/', hash: '#a-t99' }, links)).toBeNull();
    expect(forwardTo({ pathname: '/plans/a/tasks/', hash: '' }, links)).toBeNull();
  });
});
