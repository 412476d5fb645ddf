export interface ReceiverLoadRun {
  total: number;
  concurrency: number;
  repeats: number;
  distinct: number;
  stored: number;
  /** Distinct keys not stored exactly once (must be empty). */
  lost: string[];
  /** Every distinct key answered 201 exactly once and stored once, every repeat answered 200. */
  exactlyOnce: boolean;
  statuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  machine: { cpu: string; cores: number; node: string; date: string; loadAverageAtStart: number[] };
}

export function payloadMaker(): Promise<(id: string, n: number) => Record<string, unknown>>;
export function measureReceiverLoad(options?: {
  total?: number;
  concurrency?: number;
  duplicates?: number;
}): Promise<ReceiverLoadRun>;
export function receiverSection(run: ReceiverLoadRun): string;
export function withReceiverSection(markdown: string, jsonFile?: string): string;
