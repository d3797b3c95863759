// The box a chart draws in: as wide as its panel on screen, a fixed A4-fitting width in print.
// For assistive technology the drawing is one image whose label says what it shows; the
// numbers themselves are in the panel's table view.
import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePrinting } from '@/features/reports/hooks/use-printing';

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

/** An axis label cut to fit its axis; the full text is in the tooltip and the table. */
export function shorten(label: string, length = 20): string {
  return label.length > length ? `${label.slice(0, length - 1)}…` : label;
}
