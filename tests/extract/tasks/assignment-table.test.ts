import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/lib/extract/outline/build.ts';
import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { readAssignmentTables } from '../../../src/lib/extract/tasks/assignment-table.ts';
import { attachAssignments } from '../../../src/lib/extract/tasks/attach-assignments.ts';
import { buildTasks } from '../../../src/lib/extract/tasks/build-tasks.ts';
import { tabGrid } from './tab-grid.ts';

const rules = loadRules();
const BODY =
  '一、主要任务\n（一）强化基层\n1．加强健康教育和健康促进。建立网络。\n2．推进医养结合发展。签约合作。\n3．提升县级医院能力。扩能。\n附件\n';

/** Tasks of BODY with the units the table after it gives them, as "title: *lead | partners". */
function run(table: string, body = BODY, firstLeads = false) {
  const text = `${body}${table}\n`;
  const outline = buildOutline(text, body.length, rules);
  const tasks = buildTasks(text, outline.headings, rules, false);
  const tables = readAssignmentTables([tabGrid(text, body.length)], rules, firstLeads);
  const notes = attachAssignments(
    tasks,
    tables.flatMap((t) => t.rows),
  );
  // a unit's span covers it in the plan text (both parts of a name wrapped onto the next row)
  for (const t of tasks)
    for (const u of [...t.lead, ...t.partners]) {
      expect(text[u.start]).toBe(u.name[0]);
      expect(text[u.end - 1]).toBe(u.name[u.name.length - 1]);
    }
  return {
    tasks: tasks.map(
      (t) => `${t.title}: ${t.lead.map((u) => `*${u.name}`).join(' ')} | ${t.partners.map((u) => u.name).join(' ')}`,
    ),
    notes: notes.map((n) => n.code),
    columns: tables.map((t) => t.columns),
  };
}

describe('task-assignment tables', () => {
  it('attaches rows by title, with 序号 and 完成时限 columns', () => {
    const r = run(
      [
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
        '1\t加强健康教育和健康促进\t市卫生健康委\t市委宣传部、市教育局\t2025年',
        '2\t推进医养结合发展\t市民政局\t市卫生健康委，市医保局；市财政局\t持续推进',
        '3\t提升县级医院能力\t市卫生健康委、市发展改革委\t市财政局\t2024年',
      ].join('\n'),
    );
    expect(r.tasks).toEqual([
      '加强健康教育和健康促进: *市卫生健康委 | 市委宣传部 市教育局',
      '推进医养结合发展: *市民政局 | 市卫生健康委 市医保局 市财政局',
      '提升县级医院能力: *市卫生健康委 *市发展改革委 | 市财政局',
    ]);
    expect(r.notes).toEqual([]);
    expect(r.columns).toEqual([{ number: 0, task: 1, lead: 2, partner: 3, deadline: 4 }]);
  });

  it('reads columns in another order under other header words, without 序号', () => {
    const r = run(
      [
        '牵头部门\t工作任务\t时间进度\t责任单位',
        '县卫生健康局\t推进医养结合发展。支持养老机构设置医疗机构。\t2024年底\t县民政局',
        '县卫生健康局\t3．提升县级医院能力\t2025年\t县财政局、县医保局',
      ].join('\n'),
    );
    expect(r.tasks).toEqual([
      '加强健康教育和健康促进:  | ',
      '推进医养结合发展: *县卫生健康局 | 县民政局',
      '提升县级医院能力: *县卫生健康局 | 县财政局 县医保局',
    ]);
  });

  it('joins a row continued over two lines, a name wrapped mid-word included', () => {
    const r = run(
      [
        '序号\t任务\t牵头单位\t配合单位',
        '1\t加强健康教育和\t市卫生健康委\t市委宣传部、市发展',
        '\t健康促进\t\t改革委、市教育局',
        '2\t推进医养结合发展\t市民政局\t市卫生健康委',
      ].join('\n'),
    );
    expect(r.tasks.slice(0, 2)).toEqual([
      '加强健康教育和健康促进: *市卫生健康委 | 市委宣传部 市发展改革委 市教育局',
      '推进医养结合发展: *市民政局 | 市卫生健康委',
    ]);
  });

  it('reads a two-row header, carries a merged lead cell and skips part rows', () => {
    const r = run(
      [
        '序号\t主要任务\t责任单位\t<\t完成时间',
        '\t\t牵头单位\t配合单位\t',
        '\t一、强化基层\t\t\t',
        '1\t加强健康教育与健康促进工作\t市卫生健康委\t市教育局\t2025年',
        '2\t推进医养结合\t^\t市民政局\t2025年',
      ].join('\n'),
    );
    expect(r.tasks.slice(0, 2)).toEqual([
      '加强健康教育和健康促进: *市卫生健康委 | 市教育局',
      '推进医养结合发展: *市卫生健康委 | 市民政局',
    ]);
  });

  it('keeps the units the text names, and notes a conflicting or unmatched row', () => {
    const body = BODY.replace('签约合作。', '签约合作。（市民政局牵头，市医保局配合）');
    const r = run(
      ['重点任务\t牵头单位\t配合单位', '推进医养结合发展\t市卫生健康委\t市医保局', '完善药品供应保障\t市医保局\t'].join(
        '\n',
      ),
      body,
    );
    expect(r.tasks[1]).toBe('推进医养结合发展: *市民政局 | 市医保局');
    expect(r.notes).toEqual(['assignment-conflict', 'assignment-unmatched']);
  });

  it('gives a row naming a group of tasks to each task in it', () => {
    const r = run(['重点任务\t牵头单位\t配合单位', '强化基层\t市卫生健康委\t市财政局'].join('\n'));
    expect(r.tasks).toEqual([
      '加强健康教育和健康促进: *市卫生健康委 | 市财政局',
      '推进医养结合发展: *市卫生健康委 | 市财政局',
      '提升县级医院能力: *市卫生健康委 | 市财政局',
    ]);
    expect(r.notes).toEqual([]);
  });

  it('reads a single 责任单位 column by its (牵头) marks or the plan-wide first-leads rule', () => {
    const table = [
      '序号\t重点工作\t责任单位\t完成时限',
      '1\t加强健康教育和健康促进\t市教育局、市卫生健康委（牵头）\t2025年',
      '2\t推进医养结合发展\t市民政局、市卫生健康委\t2025年',
    ].join('\n');
    expect(run(table).tasks.slice(0, 2)).toEqual([
      '加强健康教育和健康促进: *市卫生健康委 | 市教育局',
      '推进医养结合发展:  | 市民政局 市卫生健康委',
    ]);
    expect(run(table, BODY, true).tasks[1]).toBe('推进医养结合发展: *市民政局 | 市卫生健康委');
  });

  it('ignores a grid whose header names no lead column', () => {
    const r = run(['序号\t指标名称\t单位\t2025年', '1\t加强健康教育和健康促进\t%\t90'].join('\n'));
    expect(r.tasks[0]).toBe('加强健康教育和健康促进:  | ');
    expect(r.notes).toEqual([]);
    expect(r.columns).toEqual([]);
  });
});
