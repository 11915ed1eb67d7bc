export const DEFAULT_HEAP_MB: number;

export function heapCeilingOf(execArgv: readonly string[], nodeOptions: string | undefined): number | null;

export function heapCeilingToSet(env: Record<string, string | undefined>, execArgv: readonly string[]): number | null;
