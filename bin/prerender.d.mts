export const DEFAULT_CDN: string;
export function snippetFromArguments(tag: string, attributes: string[]): string;
export function styleHashes(html: string): string[];
export function prerender(
  snippet: string,
  options?: { lang?: string; cdn?: string; distDir?: string },
): Promise<{ html: string; head: string; body: string; cspStyleSources: string[]; warnings: string[] }>;
