/**
 * A QR code as a printable card: the code with its quiet zone and, under it, the name printed on the card
 * (the store or counter) and the survey's title in the card's language; as an SVG file, and as a PNG drawn
 * from that SVG at print size. The code's modules are read from the SVG antd's QRCode draws, so the file
 * holds the code shown.
 */

/** Modules of white around the code, as the QR code standard asks (ISO/IEC 18004, 4 modules). */
const QUIET_ZONE = 4;
/** The printed width of the card, code and quiet zone, in centimetres. */
export const PRINT_WIDTH_CM = 8;
/** The resolution of the PNG: a print shop's 300 dots per inch. */
export const PRINT_DPI = 300;
/** The PNG's width in pixels: the card's printed width at PRINT_DPI (945). */
export const PRINT_WIDTH_PX = Math.round((PRINT_WIDTH_CM / 2.54) * PRINT_DPI);
// Paper and ink, not screen colours: a printed code is black on white whatever the app's theme.
const INK = '#000000';
const PAPER = '#ffffff';
const CJK_FONTS = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'";
/**
 * The card's fonts in its language. An English card names Latin fonts first: a Chinese font draws Latin
 * punctuation the Chinese way, a full-width apostrophe in "Jing’an"; its Chinese characters, if any, still
 * come from the Chinese fonts after them.
 */
const fontsOf = (language: string) =>
  language === 'zh-CN'
    ? `${CJK_FONTS}, sans-serif`
    : `'Helvetica Neue', Arial, 'Liberation Sans', ${CJK_FONTS}, sans-serif`;

/** A code's modules as antd's QRCode draws them in SVG: its side in modules and the path of the dark ones. */
export type TQrModules = { cells: number; path: string };

/** The modules of the code drawn as SVG inside `container`, or undefined when none is drawn there. */
export function readQrModules(container: Element | null): TQrModules | undefined {
  const svg = container?.querySelector('svg');
  const cells = Number(svg?.getAttribute('viewBox')?.split(/\s+/)[2]);
  // The first path is the background square, the second the dark modules.
  const path = svg?.querySelectorAll('path')[1]?.getAttribute('d');
  return Number.isInteger(cells) && cells > 0 && path ? { cells, path } : undefined;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A text's width in ems, roughly: a Chinese character is one, a Latin letter or digit about 0.6. */
const emsOf = (text: string) => [...text].reduce((sum, c) => sum + (/[\u2E80-\uFFEF]/.test(c) ? 1 : 0.6), 0);

/** The card's size in modules: the code and its quiet zone, and a band for two lines of text under it. */
function layoutOf(cells: number) {
  const width = cells + 2 * QUIET_ZONE;
  const caption = Math.max(2, width * 0.085);
  const subtitle = caption * 0.7;
  const height = width + caption + subtitle + QUIET_ZONE;
  return { width, height, caption, subtitle };
}

/** A line's font size: as laid out, smaller when the text would not fit the card's width. */
const fitted = (size: number, text: string, width: number) =>
  Math.min(size, (width * 0.92) / Math.max(1, emsOf(text)));

/**
 * The printable card as an SVG document, sized in centimetres. `language` (en, zh-CN) is the card's
 * language: it picks the Chinese rather than the Japanese forms of the characters both scripts share.
 */
export function printSvg(code: TQrModules, caption: string, subtitle: string, language: string): string {
  const { width, height, caption: line, subtitle: smallLine } = layoutOf(code.cells);
  const size = fitted(line, caption, width);
  const small = fitted(smallLine, subtitle, width);
  const heightCm = (PRINT_WIDTH_CM * height) / width;
  const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
  const centre = fmt(width / 2);
  const fonts = fontsOf(language);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(language)}" lang="${escapeXml(language)}" width="${PRINT_WIDTH_CM}cm" height="${fmt(heightCm)}cm" viewBox="0 0 ${width} ${fmt(height)}">`,
    `<title>${escapeXml(caption)}</title>`,
    `<rect width="${width}" height="${fmt(height)}" fill="${PAPER}"/>`,
    `<path d="${escapeXml(code.path)}" transform="translate(${QUIET_ZONE} ${QUIET_ZONE})" fill="${INK}" shape-rendering="crispEdges"/>`,
    `<text x="${centre}" y="${fmt(width + line * 0.6)}" text-anchor="middle" font-family="${fonts}" font-size="${fmt(size)}" font-weight="bold" fill="${INK}">${escapeXml(caption)}</text>`,
    `<text x="${centre}" y="${fmt(width + line * 0.6 + smallLine * 1.4)}" text-anchor="middle" font-family="${fonts}" font-size="${fmt(small)}" fill="${INK}">${escapeXml(subtitle)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The card as a PNG at print size: the SVG drawn into a canvas PRINT_WIDTH_PX wide. */
export async function printPng(svg: string, cells: number): Promise<Blob> {
  const { width, height } = layoutOf(cells);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = PRINT_WIDTH_PX;
  canvas.height = Math.round((PRINT_WIDTH_PX * height) / width);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  // Modules stay sharp-edged when scaled: no smoothing between dark and light.
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** A file name from the name printed on the card: characters file systems refuse become "-". */
export const fileNameOf = (label: string, extension: string) =>
  `${label.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'qr-code'}.${extension}`;

/** Hands a file to the browser to save. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Released once the browser has surely read it (a revoke at once can cancel the download in some browsers).
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
