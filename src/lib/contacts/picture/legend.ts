import { estimateTextWidth } from '../text-measure';

/**
 * The key under the map in a downloaded picture: one item per kind of mark the map draws (a role's shape,
 * "not rated", the connector's ring, the count badge), laid out in rows that fit the map's width.
 */
export interface LegendItem {
  /** `access`, `goBetween`, `information`, `none`, `connector` or `count`. */
  key: string;
  text: string;
}

export interface PlacedLegendItem extends LegendItem {
  /** The mark's centre; the text starts after it, on the same middle line. */
  x: number;
  y: number;
  textX: number;
}

export interface LegendLayout {
  items: PlacedLegendItem[];
  height: number;
  fontSize: number;
}

/** Lay the items out left to right from `margin`, starting a new row where the next would not fit in `width`. */
export function legendLayout(items: readonly LegendItem[], width: number, fontSize: number, margin = fontSize): LegendLayout {
  if (items.length === 0) return { items: [], height: 0, fontSize };
  const mark = fontSize * 1.4;
  const gap = fontSize * 1.5;
  const rowHeight = fontSize * 1.8;
  const placed: PlacedLegendItem[] = [];
  let x = margin;
  let row = 0;
  for (const item of items) {
    const w = mark + estimateTextWidth(item.text, fontSize);
    if (x > margin && x + w > width - margin) {
      row++;
      x = margin;
    }
    const y = fontSize * 0.5 + row * rowHeight + rowHeight / 2;
    placed.push({ ...item, x: x + fontSize * 0.5, y, textX: x + mark });
    x += w + gap;
  }
  return { items: placed, height: Math.ceil(fontSize + (row + 1) * rowHeight), fontSize };
}
