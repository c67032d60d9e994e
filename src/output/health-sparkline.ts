/**
 * An account's health over its last quarters as a small inline SVG for the portfolio page: a
 * line on a fixed 0–100 scale (so rows compare at a glance), a dot on the latest quarter, a
 * dashed rule at 50, and `alt` as its text alternative. Time runs the way the page reads, as in
 * the decks' own charts: left to right, and right to left on an Arabic or Hebrew page (the points
 * placed so, the SVG itself `direction: ltr`); the text alternative reads oldest to newest. A young
 * contract's points sit on the newest side, under the same quarters as its neighbours'.
 */

/** How many quarters the chart has room for. */
export const SPARKLINE_SLOTS = 8;

const WIDTH = 88;
const HEIGHT = 24;
const PAD = 3;

/** Text for an XML attribute: the five characters that could end it or start markup, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where health `h` in slot `i` (of SPARKLINE_SLOTS, 0 the oldest) is drawn. */
function point(i: number, h: number, dir: 'ltr' | 'rtl' = 'ltr'): [number, number] {
  const fromOldest = PAD + (i * (WIDTH - 2 * PAD)) / (SPARKLINE_SLOTS - 1);
  const x = dir === 'rtl' ? WIDTH - fromOldest : fromOldest;
  const y = PAD + ((100 - Math.min(100, Math.max(0, h))) * (HEIGHT - 2 * PAD)) / 100;
  return [round(x), round(y)];
}

/** The chart of `healths` (oldest first, at most SPARKLINE_SLOTS kept: the newest); empty when there are none. */
export function healthSparkline(healths: number[], alt: string, dir: 'ltr' | 'rtl' = 'ltr'): string {
  const shown = healths.slice(-SPARKLINE_SLOTS);
  if (shown.length === 0) return '';
  const first = SPARKLINE_SLOTS - shown.length;
  const points = shown.map((h, i) => point(first + i, h, dir));
  const [lastX, lastY] = points[points.length - 1] as [number, number];
  const [, fiftyY] = point(0, 50);
  const line = points.length > 1 ? `<polyline points="${points.map(([x, y]) => `${x},${y}`).join(' ')}"/>` : '';
  return [
    `<svg class="sparkline" role="img" aria-label="${escapeXml(alt)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" direction="ltr">`,
    `<line class="sparkline-fifty" x1="0" y1="${fiftyY}" x2="${WIDTH}" y2="${fiftyY}"/>`,
    line,
    `<circle cx="${lastX}" cy="${lastY}" r="2.5"/>`,
    '</svg>',
  ].join('');
}
