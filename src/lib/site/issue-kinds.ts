import type { Issue } from '../types.ts';

/** What each extraction message means, for readers who do not read its English detail. */
const LABELS: Record<string, string> = {
  'repair-permille': '“%。”按‰读取',
  'repair-full-stop': '“%o”按“%。”读取',
  'repair-ge-digit': '表格中的“2”按“≥”读取',
  'repair-ocr-digits': '形近字母按数字读取',
  'repair-unit-space': '单位中的空格已忽略',
  truncated: '原文在此中断（疑似不完整）',
  'redacted-unit': '责任单位被略去',
  'redacted-title': '任务标题被略去',
  'redacted-text': '原文有内容被略去',
  'lost-number': '原文数字缺失',
  'unit-lost': '原文单位缺失',
  'numbering-gap': '编号不连续，原文可能有缺漏',
  'multiple-values': '一处写有多个数值',
  'restated-target': '同一目标重复出现',
  'not-a-target': '带单位的数字，判断不是目标',
  boilerplate: '网站页面文字',
  'page-marker': '文库页码标记',
  'table-of-contents': '原文目录',
  'no-table': '未找到指标表',
  'page-number': '页码',
  'page-header': '页眉',
  'set-apart': '版面文字',
  bullet: '项目符号',
  chrome: '公众号页面文字',
  'table-columns': '指标表',
  'table-other': '其他表格',
  'year-default': '年份存疑',
  'name-missing': '名称缺失',
  'name-list': '多项指标同值',
  'name-basis': '计算依据中的比例，不是目标',
  'redacted-name': '指标名称被略去',
  'unparsed-cell': '表格单元格未读',
};

export function issueLabel(code: string): string {
  return (
    LABELS[code] ?? (code.startsWith('repair-') ? '自动修复' : code.startsWith('redacted-') ? '原文略去' : '抽取提示')
  );
}

/** repair: read with a fix; redaction: withheld in the source; truncation: text cut off; damage: other warnings; note: information. */
export type IssueGroup = 'repair' | 'redaction' | 'truncation' | 'damage' | 'note';

export function issueGroup(issue: Pick<Issue, 'code' | 'severity'>): IssueGroup {
  if (issue.code.startsWith('repair-')) return 'repair';
  if (issue.code.startsWith('redacted-')) return 'redaction';
  if (issue.code === 'truncated') return 'truncation';
  return issue.severity === 'info' ? 'note' : 'damage';
}

export const SEVERITY_NAMES: Record<Issue['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
