/**
 * Target year of a number: the last future year named before it in its sentence ("到2025年",
 * "2022年底"), not a base year ("比2016年", "以2015年为基础"); else the plan's end year.
 */
export function targetYear(text: string, sentenceStart: number, at: number, period: [number, number]): number {
  const re = /(比|较|以|与|自|从)?(20\d\d)年(以来)?/gu;
  re.lastIndex = sentenceStart;
  let year = period[1];
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    const y = Number(m[2]);
    if (!m[1] && !m[3] && y >= period[0] && y <= period[1] + 10) year = y;
  }
  return year;
}
