import { describe, expect, it } from 'vitest';
import { lexicon } from './project-lexicon.ts';

const d = (name: string) => lexicon.matchDepartment(name);

describe('matchDepartment', () => {
  it('one function across eras and levels', () => {
    for (const n of [
      '市卫生计生委',
      '市卫生健康委',
      '县卫生健康局',
      '市卫生健康局',
      '旗卫生健康委',
      '湖北省卫生健康委员会',
      '市卫生局',
    ])
      expect(d(n), n).toBe('health');
    for (const n of ['市发改委', '市发展和改革局', '区发改局']) expect(d(n), n).toBe('development-reform');
    for (const n of ['市经信委', '市工业商务和信息化局']) expect(d(n), n).toBe('industry-it');
  });

  it('party departments behind 市委/县委', () => {
    expect(d('市委宣传部')).toBe('propaganda');
    expect(d('县委宣传部')).toBe('propaganda');
    expect(d('市委组织部')).toBe('organization');
    expect(d('市委编办')).toBe('establishment');
    expect(d('市编办')).toBe('establishment');
    expect(d('团市委')).toBe('youth-league');
    expect(d('中共开远市委办公室')).toBe('party-office');
    expect(d('开远市人民政府办公室')).toBe('government-office');
  });

  it('a prefix is never cut out of the name core', () => {
    expect(d('市场监督管理局')).toBe('market-regulation');
    expect(d('市市场监督管理局')).toBe('market-regulation');
    expect(d('市教育体育局')).toBe('education');
    expect(d('市体育局')).toBe('sports');
  });

  it('place names, trailing notes and branch offices', () => {
    expect(d('国家税务总局开远市税务局')).toBe('tax');
    expect(d('州生态环境局开远分局')).toBe('ecology-environment');
    expect(d('市委宣传部(市文明办)')).toBe('propaganda');
    expect(d('湘潭日报社')).toBe('media');
    expect(d('各乡镇(街道)')).toBe('local-governments');
    expect(d('各县（市、区）人民政府')).toBe('local-governments');
    expect(d('市政府法制办')).toBe('justice');
  });

  it('redacted and unknown names give null', () => {
    for (const n of [
      '(略)',
      '（略）',
      '市 (略)',
      '市人力资源和 (略)',
      '(略) 区(园区)人民政府(管委会)',
      '',
      '市',
      '市人民医院',
      '各驻潭单位',
    ])
      expect(d(n), n).toBeNull();
  });
});
