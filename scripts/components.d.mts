export const componentsDir: string;
export function components(root?: string): { name: string; tag: string; define: string }[];
