/** What every download says about itself on its 说明 sheet (and in the ZIP's README). */
export function commonNotes(accessed: string): string[] {
  return [
    `来源：规划指标库，由各地卫生健康规划原文自动抽取；构建日期 ${accessed}。`,
    '数值均为原文所写，未做换算；自动抽取可能有误，引用前请按“原文位置”核对原文。',
    '“原文位置”是该条记录在网站上的地址；若只有以 / 开头的路径，请在前面加上本网站的地址。“记录编号”在重新抽取同一规划时保持不变，可据此在网站上找到记录。',
    '“引用表述”可直接写入公文；“参考文献”按 GB/T 7714—2025 著录，其中的引用日期为构建日期，使用时请改为实际查阅日期。',
  ];
}
