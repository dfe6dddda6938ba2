/**
 * Which dictionary shard holds a term. FNV-1a over the UTF-16 code units spreads the character
 * pairs evenly whatever their first character (sharding by first character would put every
 * 医/卫/健 pair into a few huge shards), and is cheap to compute in the browser.
 */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
