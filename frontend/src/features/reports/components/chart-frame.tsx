// The box a chart draws in: as wide as its panel on screen, a fixed A4-fitting width in print.
// For assistive technology the drawing is one image whose label says what it shows; the
// numbers themselves are in the panel's table view.
import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePrinting } from '@/features/reports/hooks/use-printing';
import { niceTicks, wrapLabel } from '@/features/reports/utils/axis';

/** A4 portrait less 2 × 12 mm margins is 186 mm ≈ 700 CSS px; a little less leaves room for the border. */
export const PRINT_WIDTH = 680;

/** The width and height to spread onto the chart; empty on screen, where the container sizes it. */
export type ChartSize = { width?: number; height?: number };

interface ChartFrameProps {
  label: string;
  height: number;
  children: (size: ChartSize) => ReactNode;
}

export function ChartFrame({ label, height, children }: ChartFrameProps) {
  const printing = usePrinting();
  return (
    <div className="chart" role="img" aria-label={label}>
      {printing ? (
        children({ width: PRINT_WIDTH, height })
      ) : (
        // the initial size lets the first render (and jsdom, which cannot measure) draw something
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          {children({})}
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** Colours for series (stages, size classes), each at least 3:1 against white. */
export const SERIES_COLOURS = ['#00473a', '#0b71a1', '#a8173b', '#6b4ca0', '#9a5200', '#536165'];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/** A count axis: round ticks from 0 to just above the largest value, whole numbers only. */
export function countAxis(max: number) {
  const ticks = niceTicks(max);
  return { domain: [0, ticks[ticks.length - 1]!] as [number, number], ticks, allowDecimals: false, interval: 0 as const };
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category label in full, wrapped over lines and centred on its bar, instead of cut off. */
export function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''));
  return (
    <text x={x} y={y} textAnchor="end" fill="currentColor" fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dx={-4} dy={index === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
