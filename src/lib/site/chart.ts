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
  bars: ChartBar[];
}

export interface ChartOptions {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  /** Room kept right of the longest bar for its value label. */
  valueRoom?: number;
}

/** Horizontal bars scaled from zero, so lengths compare honestly; negative values draw as zero. */
export function layoutBars(items: readonly ChartItem[], options: ChartOptions = {}): ChartLayout {
  const { width = 640, labelWidth = 200, barHeight = 22, gap = 10, valueRoom = 90 } = options;
  const span = Math.max(1, width - labelWidth - valueRoom);
  const max = Math.max(0, ...items.map((i) => i.value));
  const scale = max > 0 ? span / max : 0;
  const bars = items.map((item, i) => ({
    ...item,
    y: gap + i * (barHeight + gap),
    width: Math.round(Math.max(0, item.value) * scale * 10) / 10,
  }));
  return { width, height: gap + items.length * (barHeight + gap), labelWidth, barHeight, bars };
}
