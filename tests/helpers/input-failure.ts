import { InputError } from '../../src/lib/read/input-error.ts';

/** The InputError a call throws; fails the test when it throws nothing or something else. */
export function inputFailure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
