export function firefoxPath(): string;
export function webkitDriverPath(): string;
export function miniBrowserPath(): string;
export function webkitCapabilities(): Record<string, unknown>;
export function freePort(): Promise<number>;
export function startWebKitDriver(): Promise<{ port: number; display: string; stop: () => Promise<void> }>;
