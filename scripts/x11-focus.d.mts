export function focusLargestWindow(display: string): Promise<number | null>;
