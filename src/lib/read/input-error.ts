/** Why a plan file could not be read; each code is reported to the editor as an error issue. */
export type InputErrorCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'unreadable'
  | 'metadata-missing'
  | 'metadata-invalid'
  | 'source-missing'
  | 'duplicate-id'
  | 'format-unknown'
  /** A container that cannot be unpacked or parsed (a truncated .docx). */
  | 'damaged'
  /** An old binary format (.doc, .wps) that must be saved in the current one. */
  | 'legacy-format'
  | 'pdf-encrypted'
  | 'pdf-damaged'
  | 'pdf-scanned';

/**
 * A problem with an input file (not a bug in the code). Kept distinct from other errors so the
 * corpus loader can report it against the file and carry on with the remaining plans.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string;
  readonly code: InputErrorCode;

  constructor(file: string, code: InputErrorCode, message: string) {
    super(message);
    this.file = file;
    this.code = code;
  }
}

export function isInputError(value: unknown): value is InputError {
  return value instanceof InputError;
}
