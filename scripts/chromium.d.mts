import type { Browser } from 'playwright';

export function chromiumPath(): string;
export const chromiumArgs: string[];
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
