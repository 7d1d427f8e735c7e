/**
 * Theme colours: fills given as "theme 4, tint 0.4" instead of an RGB value, resolved with the workbook's
 * own theme (its colour scheme) and Excel's tint rule, so that a shaded period cell reads as the colour it shows.
 */

/** Excel's theme index order: light 1, dark 1, light 2, dark 2, accents 1–6, hyperlink, followed hyperlink. */
const ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** Office's default theme, for a workbook that carries none. */
const DEFAULT = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

export type Palette = string[];

/** The colour scheme of a theme part (theme1.xml), as RGB hex in Excel's theme index order. */
export function paletteFromThemeXml(xml: string | undefined): Palette {
  if (!xml) return DEFAULT;
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0];
  if (!scheme) return DEFAULT;
  return ORDER.map((name, i) => {
    const m = new RegExp(`<a:${name}>[\\s\\S]*?(?:srgbClr val="([0-9A-Fa-f]{6})"|lastClr="([0-9A-Fa-f]{6})")`).exec(scheme);
    return (m?.[1] ?? m?.[2] ?? DEFAULT[i]).toUpperCase();
  });
}

function toHsl(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = hue(p, q, h + 1 / 3);
    g = hue(p, q, h);
    b = hue(p, q, h - 1 / 3);
  }
  return [r, g, b].map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** A theme colour with a tint (−1 darker … 1 lighter), as Excel computes it. */
export function themeColor(palette: Palette, theme: number, tint = 0): string | undefined {
  const base = palette[theme];
  if (!base) return undefined;
  if (!tint) return base;
  const [h, s, l] = toHsl(base);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHsl(h, s, Math.min(1, Math.max(0, lum)));
}
