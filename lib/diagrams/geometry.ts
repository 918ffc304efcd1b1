export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };

/** Coordinates are rounded to tenths: enough for the screen, and the SVG stays small and diffable. */
export const round = (value: number) => Math.round(value * 10) / 10;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where the line from the box's centre towards `toward` leaves the box. */
export function exitPoint(box: Box, toward: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/** A path through the points, with corners rounded by quadratic curves through each bend. */
export function smoothPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const last = rest.pop();
  let d = `M${round(first.x)},${round(first.y)}`;
  rest.forEach((bend, i) => {
    const after = rest[i + 1] ?? last ?? bend;
    const mid = { x: (bend.x + after.x) / 2, y: (bend.y + after.y) / 2 };
    d += ` Q${round(bend.x)},${round(bend.y)} ${round(mid.x)},${round(mid.y)}`;
  });
  if (last) d += ` L${round(last.x)},${round(last.y)}`;
  return d;
}

export const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

/** The three corners of an arrowhead whose tip is `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point): string {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const baseX = tip.x - ux * ARROW_LENGTH;
  const baseY = tip.y - uy * ARROW_LENGTH;
  const corners = [
    [tip.x, tip.y],
    [baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH],
    [baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH],
  ];
  return corners.map(([x = 0, y = 0]) => `${round(x)},${round(y)}`).join(" ");
}
