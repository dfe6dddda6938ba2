/** Whether bytes are gzip data (its two magic bytes): an index file as stored, not yet unpacked. */
export function isPacked(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
