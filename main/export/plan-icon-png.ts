// The easy-read icons as PNG, for Word and LibreOffice. Each is drawn once per
// process and kept: the set is small and fixed, and the plan export stays fast.
import { planIconSvg, type PlanIconId } from '../../shared/plan-icons';
import { svgToPng } from './svg-to-png';

/** Three times the size they are shown at (56 px), so they print sharply. */
const iconPixels = 168;
const drawn = new Map<PlanIconId, Promise<Uint8Array>>();

export function planIconPng(id: PlanIconId): Promise<Uint8Array> {
  let png = drawn.get(id);
  if (!png) {
    png = svgToPng(planIconSvg(id), { widthInPixels: iconPixels });
    // A failed drawing is not kept, so the next export tries again.
    png.catch(() => drawn.delete(id));
    drawn.set(id, png);
  }
  return png;
}
