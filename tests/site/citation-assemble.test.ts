import { describe, expect, it } from 'vitest';
import { fullCitation } from '../../src/lib/site/citation/assemble.ts';
import { withAccessDate } from '../../src/lib/site/citation/access-date.ts';
import { withPermalinkOrigin } from '../../src/lib/site/citation/compose.ts';
import {
  citationSource,
  targetCitation,
  targetCitationHead,
  taskCitation,
  taskCitationHead,
} from '../../src/lib/site/citation/for-records.ts';
import type { PlanRecord, TaskRecord } from '../../src/lib/types.ts';
import { indicator, planRecord, task as taskFixture } from '../export/fixtures.ts';

const plan: PlanRecord = {
  ...planRecord('jia-2021'),
  region: '甲市',
  province: '甲省',
  title: '甲市“十四五”卫生健康发展规划',
  issuer: '甲市人民政府办公室',
  date: '2022-03-15',
  docNumber: '甲政办发〔2022〕8号',
  url: 'http://www.example.gov.cn/jia.html',
};

const target = indicator(plan.id, 1, {
  name: '每千人口医疗卫生机构床位数',
  valueText: '7.5张以上',
  quote: '每千人口医疗卫生机构床位数 | 7.5张以上',
});

const task: TaskRecord = { ...taskFixture(plan.id, 1), title: '(三)发展普惠托育服务', quote: '(三)发展普惠托育服务' };

const BUILT = '2026-07-01';
const COPIED = new Date(2026, 11, 1);
const ORIGIN = 'http://planatlas.intranet';

// What the page copies when both halves are put together must be what one piece of code would
// have written whole: a plan page holds each record's own lines and its plan's lines once.
describe('a citation split between the record and its plan', () => {
  it('reassembles a target’s citation exactly, dated the copy day, its link a full address', () => {
    const whole = withPermalinkOrigin(withAccessDate(targetCitation(plan, target, BUILT), BUILT, '2026-12-01'), ORIGIN);
    const source = citationSource(plan, BUILT);
    expect(fullCitation(targetCitationHead(plan, target), source, target.id, COPIED, ORIGIN)).toBe(whole);
    expect(whole).toContain('[2026-12-01]');
    expect(whole).toContain(`链接：${ORIGIN}/plans/jia-2021/#jia-2021-i1`);
    expect(whole.split('\n')).toHaveLength(5);
  });

  it('keeps the record’s own lines apart from what every record of the plan shares', () => {
    const head = taskCitationHead(plan, task);
    expect(head.split('\n')).toHaveLength(2);
    expect(head).not.toContain('参考文献');
    const source = citationSource(plan, BUILT);
    expect(source.document).toBe('《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）');
    expect(fullCitation(head, source, task.id, COPIED, ORIGIN)).toBe(
      withPermalinkOrigin(withAccessDate(taskCitation(plan, task, BUILT), BUILT, '2026-12-01'), ORIGIN),
    );
  });

  it('writes no 文件 line for a plan without a 文号', () => {
    const bare = { ...plan, docNumber: null };
    const text = fullCitation(targetCitationHead(bare, target), citationSource(bare, BUILT), target.id, COPIED, ORIGIN);
    expect(text).not.toContain('文件：');
    expect(text).toBe(
      withPermalinkOrigin(withAccessDate(targetCitation(bare, target, BUILT), BUILT, '2026-12-01'), ORIGIN),
    );
  });
});
