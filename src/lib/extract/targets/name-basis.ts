// "按照每3万人口配置", "每万常住人口配备", "每个乡镇卫生院": whom or what a count is per
const BASIS =
  /^(?:按照|按)?(每(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)?[十百千万]?(?:常住|户籍|服务)?人口|每[个名所家位户座][^\s，,。；;、]{1,12}?)(?:配置|配备|设置|拥有|有|建成|建设|开展)?$/u;

/**
 * The per-capita or per-unit basis a name consists of, or null: such a name only says what the
 * count is per, so the counted thing that follows the number is added to it.
 */
export function basisName(name: string): string | null {
  const m = BASIS.exec(name);
  return m ? m[1]! : null;
}
