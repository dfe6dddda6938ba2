import { foldText } from '../fold-name.ts';
import { unitKind } from '../unit-kind.ts';

// A statistical indicator measures a population or a service system, so another region can state
// the same figure: a rate, ratio or share, a count per head of population, a per-capita amount, a
// life expectancy. A project ("建成3个重点专科") or a quota ("培养全科医生10名") counts things one
// plan will do, and no other plan's figure is the same measure.
const PER_POPULATION = /每(?:十万|10万|百|千|万)(?:名)?(?:常住|户籍|服务)?(?:人口|人|居民|老年人|活产|辆)/u;
const PER_CAPITA = /人均|预期寿命|期望寿命/u;
const RATE_NAME = /(?:率|比|比例|占比|比重|覆盖面|水平)$/u;
// "每个乡镇卫生院…" counts per facility: a staffing or equipment norm, not a population measure.
const PER_FACILITY = /每(?:个|所|家|名|张|辆|年|人)/u;

export interface NamedTarget {
  name: string;
  unit: string | null;
}

/** Whether a target states a statistical indicator (rate, share, per-capita count …) rather than a project. */
export function isStatisticalTarget(target: NamedTarget): boolean {
  const name = foldText(target.name);
  if (PER_POPULATION.test(name) || PER_CAPITA.test(name)) return true;
  if (unitKind(target.unit) === 'share') return true;
  return RATE_NAME.test(name) && !PER_FACILITY.test(name);
}
