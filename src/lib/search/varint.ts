/**
 * Posting lists are ascending document ids stored as gaps in LEB128 varints: a list of ids
 * that are close together (the usual case, since ids follow plan order) costs one byte an id.
 */
export function encodeGaps(ids: readonly number[]): Uint8Array {
  const out = new GapWriter();
  for (const id of ids) out.push(id);
  return out.bytes();
}

export function decodeGaps(bytes: Uint8Array, start = 0, end = bytes.length): number[] {
  const ids: number[] = [];
  let last = 0;
  let value = 0;
  let shift = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    last += value;
    ids.push(last);
    value = 0;
    shift = 0;
  }
  return ids;
}

/** Appends ascending ids as gaps into a growing buffer, without building the id array first. */
export class GapWriter {
  private buf = new Uint8Array(8);
  private len = 0;
  private last = 0;
  count = 0;

  push(id: number): void {
    let gap = id - this.last;
    if (gap < 0 || (this.count > 0 && gap === 0)) throw new Error(`ids must ascend: ${id} after ${this.last}`);
    this.last = id;
    this.count++;
    if (this.len + 6 > this.buf.length) this.grow();
    while (gap >= 0x80) {
      this.buf[this.len++] = (gap % 0x80) | 0x80;
      gap = Math.floor(gap / 0x80);
    }
    this.buf[this.len++] = gap;
  }

  get size(): number {
    return this.len;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private grow(): void {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/** Writes unsigned varints (lengths, counts) into a byte list. */
export function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Reads one unsigned varint at `pos`; returns the value and the position after it. */
export function readVarint(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  let i = pos;
  for (;;) {
    const byte = bytes[i++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, i];
    shift += 7;
  }
}
