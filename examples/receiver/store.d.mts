export type Format = 'json' | 'fhir';
export interface RecordMeta {
  id: string;
  receivedAt: string;
  format: Format;
  digest: string;
}
export interface StoredLine extends RecordMeta {
  v: number;
  iv: string;
  tag: string;
  data: string;
}
export function parseKey(text: string | undefined): Buffer;
export function readLines(file: string): { lines: StoredLine[]; tornAt?: number; tornBytes?: number };
export function decryptLine(line: StoredLine, masterKey: Buffer): string;
export function openStore(
  file: string,
  masterKey: Buffer,
  options?: { warn?: (message: string) => void },
): Promise<{
  readonly size: number;
  save(id: string, format: Format, body: Buffer): Promise<'stored' | 'repeat' | 'conflict'>;
  close(): Promise<void>;
}>;
