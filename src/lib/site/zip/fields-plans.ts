/** Field descriptions for the README of the full-data download: one list per records file. */
export type FieldDocs = Record<string, string>;

export const PLAN_FIELDS: FieldDocs = {
  id: '规划编号（也是网站地址 /plans/编号/ 的一部分），重新抽取时不变',
  file: '原文文件名',
  region: '地区',
  province: '所属省份，不明时为空',
  level: '层级：national 国家、province 省、city 市、district 区、county 县',
  title: '规划标题，原文未写明时为空',
  period: '规划期 [起始年, 目标年]，目标年是主要目标年',
  issuer: '发文机关，联合发文时以空格分隔',
  date: '印发或公布日期（YYYY-MM-DD）',
  docNumber: '文号，如 红办发〔2023〕13号；没有时为空',
  kind: '文件类型：规划、行动方案、实施意见、实施方案等',
  url: '原文来源网址，有时才有；用于著录 [EB/OL]',
  sha256: '原文文件字节的 SHA-256，用于确认原文未被改动',
  encoding: '原文编码（utf-8、utf-8-bom、gb18030 等）',
  length: '解码后原文的字符数',
};

export const INDICATOR_FIELDS: FieldDocs = {
  id: '目标记录编号，重新抽取同一规划时不变；网站地址为 /plans/规划编号/#记录编号',
  plan: '所属规划编号',
  name: '指标名称（原文写法，去掉括号中的单位）',
  indicator: '标准指标编号（词表归并结果），未归入时为空',
  unit: '单位（原文写法）',
  year: '目标年',
  op: '比较方式：= 达到，>= 不低于/以上，<= 不高于/以下，> 高于，< 低于，~ 左右',
  value: '目标值；定性目标或变化量目标（如“持续改善”“比2016年降低30%”）为空',
  valueText: '目标表述原文',
  baselineYear: '基线年',
  baselineValue: '基线值',
  parentValue: '上级（如省、国家）目标，按原文',
  attribute: '指标属性：预期性或约束性',
  category: '原文中的指标类别',
  source: '来源：table 指标表格，text 正文',
  task: '所在任务的记录编号（目标写在任务中时）',
  repairs: '读取时做的修复说明（如“%。”按‰读取）',
  start: '在原文中的起始位置（字符序号，从 0 起）',
  end: '在原文中的结束位置（不含）',
  quote: '原文逐字引文，总是等于原文从 start 到 end 的部分',
};
