// Axes people can read: round steps (0, 50, 100, 150 rather than 0, 65, 130, 195) and category
// labels in full, wrapped over lines instead of cut off.

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten that covers max in about `count` steps. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  // counts are whole numbers: 2.5 only from 25 up, and no step below 1
  const factors = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = factors.map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  return Math.max(1, step);
}

/** Ticks from 0 to the first round number at or above max, e.g. 0, 50, 100, 150, 200 for 173. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 1000; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return ticks;
}

/** Words over lines of at most `width` characters; a word longer than a line keeps its own line. */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
