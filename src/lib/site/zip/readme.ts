import { citationText } from '../citation/compose.ts';
import { INDICATOR_FIELDS, PLAN_FIELDS, type FieldDocs } from './fields-plans.ts';
import { ISSUE_FIELDS, OUTLINE_FIELDS, PARAGRAPH_FIELDS, TASK_FIELDS, UNIT_FIELDS } from './fields-more.ts';

export const RECORD_FILES: [string, string, FieldDocs][] = [
  ['plans', '规划', PLAN_FIELDS],
  ['indicators', '量化目标', INDICATOR_FIELDS],
  ['tasks', '重点任务', TASK_FIELDS],
  ['units', '责任单位', UNIT_FIELDS],
  ['issues', '抽取中发现的问题与修复', ISSUE_FIELDS],
  ['outline', '章节目录', OUTLINE_FIELDS],
  ['paragraphs', '段落与锚点', PARAGRAPH_FIELDS],
];

const EXAMPLE = citationText({
  sentence: '《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）提出，到2025年孕产妇死亡率控制在10/10万以下。',
  quote: '孕产妇死亡率控制在10/10万以下',
  document: '《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）',
  reference:
    '甲市人民政府办公室. 甲市“十四五”卫生健康发展规划: 甲政办发〔2022〕8号[EB/OL]. (2022-03-15)[2026-07-01]. http://www.example.gov.cn/jia.html.',
  link: '/plans/jia-2021-2025/#jia-2021-2025-i1a2b3c4d5',
});

function fieldTable(docs: FieldDocs): string {
  return ['| 字段 | 含义 |', '| --- | --- |', ...Object.entries(docs).map(([k, v]) => `| \`${k}\` | ${v} |`)].join(
    '\n',
  );
}

/** The README of the full-data ZIP: what is in it, every field, and how to cite a record. */
export function dataReadme(builtOn: string, siteAddress: string): string {
  return [
    '# 规划指标库 数据包',
    '',
    `构建日期：${builtOn}。网站：${siteAddress.startsWith('/') ? `构建时未设置网址，文中链接是从网站根目录（${siteAddress}）起的路径` : siteAddress}`,
    '',
    '本数据包含网站上的全部记录：`records/` 下每类记录一个 JSON 文件（UTF-8），字段见下文；`texts/` 下是各规划解码后的原文（UTF-8），记录中的 start、end 即指向这些文本；`tables/` 下是带“引用表述”和“参考文献”列的目标表、任务表和未归入标准指标的目标表（CSV，UTF-8 带 BOM，Excel 可直接打开；网站上这三张全库表格单独下载时只提供 Excel）。',
    '',
    '要在 Excel 中查看，请用 `tables/` 下的表格（每行已带地区、规划、原文和引用），或网站各页表格的 Excel 下载；`records/` 只提供 JSON。',
    '',
    '所有记录都由程序从原文自动抽取，可能漏抽或误抽；引用前请用 quote 与原文核对。JSON 中有多个取值的字段是数组，CSV 中多个取值的单元格以“、”分隔。',
    '',
    ...RECORD_FILES.flatMap(([file, name, docs]) => [`## records/${file}.json：${name}`, '', fieldTable(docs), '']),
    '## 如何引用',
    '',
    '网站上每条目标和任务旁的“复制引用”按钮会给出以下几行，可直接粘贴到公文或报告中：',
    '',
    '```',
    EXAMPLE,
    '```',
    '',
    '- 第一行是公文常用的表述：《标题》（文号）提出，……。没有文号的规划只写《标题》。',
    '- “原文”是逐字引文，即记录的 quote 字段。',
    '- “参考文献”按 GB/T 7714—2025 著录：有来源网址的规划著录为电子资源 [EB/OL]，含发布日期、引用日期和网址；没有网址的著录为 [Z]，后接“出版地: 出版者, 日期”（原文未写明的著录为“[出版者不详]”“[出版年不详]”），不著录引用日期。文号作为其他题名信息著录在题名之后。',
    '- “链接”是记录在网站上的永久地址：/plans/规划编号/#记录编号。记录编号在重新抽取同一规划时保持不变。',
    '',
  ].join('\n');
}
