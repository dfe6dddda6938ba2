import type { PlanExtraction } from '../../types.ts';

/** What a worker sends back for one plan: its extraction, or why it failed. */
export type JobReply = { id: number; ok: true; result: PlanExtraction } | { id: number; ok: false; message: string };
