export interface ChartItem {
  label: string;
  value: number;
  valueLabel: string;
  href: string;
}

export interface ChartBar extends ChartItem {
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  fontSize: number;
  bars: ChartBar[];
}

export interface ChartOptions {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  /** Room kept right of the longest bar for its value label. */
  valueRoom?: number;
  fontSize?: number;
}

/** Wide enough for the longest label, counting a Han character as a full em and Latin as half. */
function labelRoom(items: readonly ChartItem[], fontSize: number): number {
  const ems = Math.max(
    0,
    ...items.map((i) => [...i.label].reduce((w, ch) => w + (/[\u2e80-\uffff]/u.test(ch) ? 1 : 0.6), 0)),
  );
  return Math.min(220, Math.max(60, Math.ceil(ems * fontSize) + 12));
}

/**
 * Horizontal bars scaled from zero, so lengths compare honestly; negative values draw as zero.
 * The drawing is narrow and its type large, so it stays legible when a phone scales it down.
 */
export function layoutBars(items: readonly ChartItem[], options: ChartOptions = {}): ChartLayout {
  const { width = 420, barHeight = 24, gap = 10, valueRoom = 110, fontSize = 16 } = options;
  const labelWidth = options.labelWidth ?? labelRoom(items, fontSize);
  const span = Math.max(1, width - labelWidth - valueRoom);
  const max = Math.max(0, ...items.map((i) => i.value));
  const scale = max > 0 ? span / max : 0;
  const bars = items.map((item, i) => ({
    ...item,
    y: gap + i * (barHeight + gap),
    width: Math.round(Math.max(0, item.value) * scale * 10) / 10,
  }));
  return { width, height: gap + items.length * (barHeight + gap), labelWidth, barHeight, fontSize, bars };
}
