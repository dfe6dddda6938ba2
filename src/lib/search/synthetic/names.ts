import { pick } from './random.ts';

// Characters common in Chinese place names; two of them and a suffix make a plausible region.
const FIRST =
  '安宝北昌长成崇大丹德东丰福阜高广贵海汉和河衡洪华淮黄惠吉嘉建江金锦晋京靖九开康兰乐丽临灵龙隆鲁洛茂梅蒙明南宁平普齐青庆泉仁荣瑞三沙山上韶绍神盛石寿舒顺松泰天通万威文武西仙湘新兴雄徐延阳宜永玉元云长昭肇镇正中舟';
const SECOND = '安宝昌城川春德定东都丰福关海汉和河华化江康口林陵隆美明南宁平浦山水顺台泰田通溪西乡祥兴阳源原远州庄';
const SUFFIX = ['市', '县', '区', '旗'];
export const PROVINCES = [
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];

/** A region name not used before in this corpus. */
export function regionName(random: () => number, used: Set<string>): string {
  for (;;) {
    const name = pick(random, [...FIRST]) + pick(random, [...SECOND]) + pick(random, SUFFIX);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The name without its administrative suffix (长春市 → 长春), as plans also write it. */
export function shortName(region: string): string {
  return region.length > 2 ? region.replace(/(?:市|县|区|旗|自治州|自治县|盟|州)$/u, '') : region;
}
