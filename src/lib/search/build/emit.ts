import { createHash } from 'node:crypto';

/** Receives each finished file of the index: a name inside the index folder and its bytes. */
export type Emit = (name: string, bytes: Uint8Array) => void;

const encoder = new TextEncoder();

export function emitJson(emit: Emit, name: string, value: unknown): void {
  emit(name, encoder.encode(JSON.stringify(value)));
}

/** A hash over every emitted name and byte: the version that keeps a new build from mixing with cached files. */
export class ContentHash {
  private readonly h = createHash('sha256');

  update(name: string, bytes: Uint8Array): void {
    this.h.update(name);
    this.h.update(bytes);
  }

  hex(): string {
    return this.h.digest('hex').slice(0, 12);
  }
}
