/**
 * How far a target's name, clause or bracket is looked for around its number. A name is a
 * few dozen characters; the bound keeps a run without punctuation from costing time
 * quadratic in its length.
 */
export const WINDOW = 200;

/** How many earlier targets of the same sentence are looked at for a shared name or comparison. */
export const LOOK_BACK = 16;
