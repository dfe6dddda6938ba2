import type { FieldDocs } from './fields-plans.ts';

const SPAN = { start: '在原文中的起始位置（字符序号，从 0 起）', end: '在原文中的结束位置（不含）' };

export const TASK_FIELDS: FieldDocs = {
  id: '任务记录编号，重新抽取同一规划时不变；网站上在其规划的任务页：/plans/规划编号/tasks/#记录编号',
  plan: '所属规划编号',
  title: '任务标题',
  path: '所在章节标题（由外到内，含编号）',
  lead: '牵头单位（原文写法，被略去的保留“(略)”）',
  partners: '配合单位（原文写法）',
  text: '任务全文',
  indicators: '任务中写明的目标记录编号',
  topics: '主题编号（按词表关键词归类）',
  page: 'PDF 原文中任务起始处的页码；其他格式为空',
  ...SPAN,
  quote: '原文逐字引文',
};

export const UNIT_FIELDS: FieldDocs = {
  id: '责任单位记录编号',
  plan: '所属规划编号',
  task: '所属任务记录编号',
  role: '角色：lead 牵头，partner 配合',
  name: '单位名称（原文写法）',
  department: '归并后的部门职能编号（如 health 卫生健康），未归并时为空',
  redacted: '单位名称在原文中是否被略去（“(略)”）',
  ...SPAN,
  quote: '原文逐字引文',
};

export const ISSUE_FIELDS: FieldDocs = {
  plan: '所属规划编号（整个文件读不出时也有）',
  file: '原文文件名',
  severity: '级别：error 错误，warning 警告，info 提示',
  code: '代码：repair-… 为自动修复，redacted-… 为原文略去，truncated 为原文疑似截断',
  message: '说明',
  ...SPAN,
  line: '行号（从 1 起）',
  column: '列号（从 1 起）',
};

export const OUTLINE_FIELDS: FieldDocs = {
  plan: '所属规划编号',
  depth: '层级，1 为最外层',
  numbering: '编号原文，如 第三章、一、、(一)',
  title: '标题（不含编号）',
  style: '编号格式：chapter、cn、cn-paren、arabic、arabic-paren、title',
  ...SPAN,
  quote: '原文逐字引文',
};

export const PARAGRAPH_FIELDS: FieldDocs = {
  plan: '所属规划编号',
  anchor: '段落锚点，网站地址为 /plans/规划编号/#锚点；表格中的行另有 锚点-r行号',
  kind: '类型：text 正文，heading 标题，table 表格，boilerplate 网站页面文字，toc 原文目录',
  ...SPAN,
};
