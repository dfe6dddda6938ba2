import { unzipSync } from 'fflate';
import { InputError } from '../input-error.ts';

/** An OLE2 compound file: the container of old binary .doc (and .wps) documents. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/** Unpacks a .docx into its parts by path; throws InputError naming the file and what to do. */
export function unpack(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  if (bytes.length === 0) throw new InputError(file, 'empty', `${file}: the file is empty (0 bytes)`);
  if (startsWith(bytes, OLE_SIGNATURE)) throw legacyWord(file);
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new InputError(
      file,
      'damaged',
      `${file}: not a Word .docx package (no ZIP signature); open it in Word or WPS and save it as .docx`,
    );
  }
  try {
    return new Map(Object.entries(unzipSync(bytes)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      file,
      'damaged',
      `${file}: the .docx is damaged or incomplete (${reason}); download it again, or open it in Word and save it again`,
    );
  }
}

/** The message for an old binary Word or WPS file, whatever its extension says. */
export function legacyWord(file: string): InputError {
  return new InputError(
    file,
    'legacy-format',
    `${file}: an old binary Word/WPS document, which is not read; open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档 .docx)`,
  );
}
