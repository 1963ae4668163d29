/**
 * Text contrast measured on the browser's computed colours, inside closed
 * shadow roots too (axe cannot look there): every element with text of its
 * own, its colour against the background it is painted on (semi-transparent
 * layers composited up to the first opaque one, white below all).
 */
import type { RoleLocator } from './harness.ts';

export interface ContrastPair {
  readonly text: string;
  readonly ratio: number;
}

/** Runs in the page on the element (a self-contained arrow function's source). */
const COLOURS = `(el) => {
  const parse = (value) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(value);
    if (m === null) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter((x) => x !== '').map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  const background = (node) => {
    const layers = [];
    for (let e = node; e !== null; e = parentOf(e)) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c !== null && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let out = [255, 255, 255];
    for (const l of layers.reverse()) out = out.map((v, i) => l[i] * l[3] + v * (1 - l[3]));
    return out;
  };
  const found = [];
  for (const e of [el, ...el.querySelectorAll('*')]) {
    if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) continue;
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    if (r.width <= 1 || r.height <= 1 || style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    found.push({ text: e.textContent.trim().slice(0, 40), fg: parse(style.color), bg: background(e) });
  }
  return found;
}`;

function luminance([r, g, b]: readonly number[]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

export function contrastRatio(fg: readonly number[], bg: readonly number[]): number {
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

/** Every text of the element and its descendants with its contrast ratio. */
export async function contrastOf(locator: RoleLocator): Promise<ContrastPair[]> {
  const found = (await locator.run(COLOURS)) as { text: string; fg: number[]; bg: number[] }[];
  return found.map(({ text, fg, bg }) => {
    const alpha = fg[3] ?? 1;
    const painted = fg.slice(0, 3).map((v, i) => v * alpha + (bg[i] ?? 0) * (1 - alpha));
    return { text, ratio: Math.round(contrastRatio(painted, bg) * 100) / 100 };
  });
}
