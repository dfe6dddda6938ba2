/** Receives each finished file of the index: a name inside the index folder and its bytes. */
export type Emit = (name: string, bytes: Uint8Array) => void;

const encoder = new TextEncoder();

export function emitJson(emit: Emit, name: string, value: unknown): void {
  emit(name, encoder.encode(JSON.stringify(value)));
}

/** FNV-1a over every emitted byte: the version that keeps a new build from mixing with cached files. */
export class ContentHash {
  private h = 0x811c9dc5;

  update(bytes: Uint8Array): void {
    let h = this.h;
    for (let i = 0; i < bytes.length; i++) {
      h ^= bytes[i]!;
      h = Math.imul(h, 0x01000193);
    }
    this.h = h;
  }

  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}
