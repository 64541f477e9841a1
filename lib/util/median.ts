/** The median of numbers (the upper middle one for an even count; 0 for none). The input is not reordered. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
