import { describe, expect, it } from 'vitest';
import { draftContext, peerHint } from '../../../src/lib/site/workbench/context.ts';
import type { Drafting } from '../../../src/lib/site/workbench/peers.ts';

const d: Drafting = { plan: null, region: '新市', province: '湖北省', level: 'city' };

describe('the sentences around the drafting table', () => {
  it('says how the peers were found', () => {
    expect(peerHint(d, 2025, false, { ids: ['a'], widened: false })).toBe(
      '已建议湖北省目标年为2025年的其他市级规划，可增减。',
    );
    expect(peerHint(d, 2025, false, { ids: ['a'], widened: true })).toBe(
      '湖北省没有目标年为2025年的其他市级规划，已建议同省其他地区，可增减。',
    );
    expect(peerHint(d, 2030, false, { ids: [], widened: false })).toBe(
      '湖北省暂无目标年为2030年的其他规划，请在下方选择同类地区。',
    );
    expect(peerHint(d, 2025, true, { ids: ['a'], widened: false })).toBe('已按您的选择列出同类地区。');
  });

  it('names the region, the last plan and the peers', () => {
    const last = { region: '新市', title: '新市“十三五”卫生规划', period: [2016, 2020] as const };
    expect(draftContext(d, 2025, last, [{ region: '甲市', title: null, period: [2021, 2025] }])).toEqual([
      '起草地区：新市（湖北省，市级）；目标年：2025年。',
      '本地上期规划：新市“十三五”卫生规划（2016—2020）。',
      '同类地区：甲市。',
    ]);
    expect(draftContext(d, 2025, null, []).slice(1)).toEqual(['本地上期规划：库中没有。', '同类地区：无。']);
  });
});
