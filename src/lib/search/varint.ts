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
  return Array.from(decodeIds(bytes, start, end));
}

/**
 * The ids of a gap-coded list as a typed array (every id takes at least one byte, so the byte
 * count bounds the id count). Ids at or above `stop` end the decoding early: lists ascend.
 */
export function decodeIds(bytes: Uint8Array, start = 0, end = bytes.length, stop = Infinity): Int32Array {
  const ids = new Int32Array(end - start);
  let n = 0;
  let last = 0;
  for (let i = start; i < end;) {
    let byte = bytes[i++]!;
    // Most gaps fit one byte: that path is kept short, as it runs before anything is compiled.
    if (byte < 0x80) last += byte;
    else {
      let value = byte & 0x7f;
      let scale = 0x80;
      do {
        byte = bytes[i++]!;
        value += (byte & 0x7f) * scale;
        scale *= 0x80;
      } while (byte & 0x80);
      last += value;
    }
    if (last >= stop) break;
    ids[n++] = last;
  }
  return ids.subarray(0, n);
}

/** A growable byte buffer: binary files are written into it without arrays of numbers. */
export class ByteWriter {
  protected buf = new Uint8Array(64);
  protected len = 0;

  get size(): number {
    return this.len;
  }

  byte(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }

  /** An unsigned varint. */
  varint(value: number): void {
    if (this.len + 8 > this.buf.length) this.grow(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  /** A signed value as a zigzag varint (small magnitudes of either sign stay short). */
  signed(value: number): void {
    this.varint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  raw(bytes: Uint8Array): void {
    if (this.len + bytes.length > this.buf.length) this.grow(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** Length-prefixed bytes. */
  chunk(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.raw(bytes);
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private grow(need: number): void {
    let size = this.buf.length * 2;
    while (size < this.len + need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/** Appends ascending ids as gaps, without building the id array first. */
export class GapWriter extends ByteWriter {
  private lastId = 0;
  count = 0;

  push(id: number): void {
    const gap = id - this.lastId;
    if (gap < 0 || (this.count > 0 && gap === 0)) throw new Error(`ids must ascend: ${id} after ${this.lastId}`);
    this.lastId = id;
    this.count++;
    this.varint(gap);
  }
}

/** Reads varints one after another from a byte array. */
export class ByteReader {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  byte(): number {
    return this.bytes[this.pos++]!;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
      shift += 7;
    }
  }

  signed(): number {
    const z = this.varint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  /** Length-prefixed bytes, as a view (no copy). */
  chunk(): Uint8Array {
    const len = this.varint();
    const out = this.bytes.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
}
