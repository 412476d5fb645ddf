// How the timer writes a length for people. Only its lazily loaded parts (the picker, the completion view,
// the reader of custom lengths) use it, so it stays out of the timer's entry.

/** A length for people: `4 min 10 s`, `45 s`, `5 min` (the units read the same in English and Spanish). */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return [m && `${m} min`, s % 60 && `${s % 60} s`].filter(Boolean).join(' ') || '0 s';
}
