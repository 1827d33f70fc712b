/**
 * SVG path data for a polyline, clipped to a rectangle: the parts outside it are
 * left out. Zoomed in (zoom 6 on Berlin), a great circle from Europe to China is
 * thousands of pixels long; stroked and dashed in full, the browser's raster work
 * for those off-screen pixels queued for many seconds, and a reload or a link
 * then waited for it: the tab froze (issue 14). The points themselves (hit-testing,
 * bounds) stay whole; only what is drawn is cut.
 */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The part of segment (ax, ay)–(bx, by) inside `r` as [t0, t1] along it (Liang–Barsky), or null. */
export function clipSegment(ax: number, ay: number, bx: number, by: number, r: Rect): [number, number] | null {
  // No arrays in the loop: it runs for every segment of every arc on each redraw at rest.
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edge = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  if (!edge(-dx, ax - r.x0) || !edge(dx, r.x1 - ax) || !edge(-dy, ay - r.y0) || !edge(dy, r.y1 - ay)) return null;
  return [t0, t1];
}

/** Path data (`M…L…`, one subpath per stretch inside `r`) for the flat polyline `xy` ([x0, y0, x1, y1 …]). */
export function clippedPathData(xy: ArrayLike<number>, r: Rect): string {
  let d = '';
  let open = false;
  let lastX = NaN;
  let lastY = NaN;
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = xy[i];
    const ay = xy[i + 1];
    const bx = xy[i + 2];
    const by = xy[i + 3];
    const c = clipSegment(ax, ay, bx, by, r);
    if (!c) {
      open = false;
      continue;
    }
    const sx = r1(ax + (bx - ax) * c[0]);
    const sy = r1(ay + (by - ay) * c[0]);
    const ex = r1(ax + (bx - ax) * c[1]);
    const ey = r1(ay + (by - ay) * c[1]);
    if (!open || sx !== lastX || sy !== lastY) d += `M${sx},${sy}`;
    d += `L${ex},${ey}`;
    lastX = ex;
    lastY = ey;
    // A segment cut short at its end leaves the rectangle: the next piece inside starts a new subpath.
    open = c[1] === 1;
  }
  return d;
}
