/**
 * Logos for the PowerPoint: PNG and JPEG as they are, with their size read from their bytes;
 * SVG drawn to PNG first (PowerPoint needs a bitmap beside an SVG, and a slide master with an
 * SVG asks to be repaired: gitbrent/PptxGenJS#1150). Made once per logo for the whole run.
 */

/** An image pptxgenjs can place, with its size in pixels for keeping its proportions. */
export interface LogoImage {
  /** `image/png;base64,...` */
  data: string;
  width: number;
  height: number;
}

const made = new Map<string, Promise<LogoImage | null>>();

/** The logo of a data URL (as src/render/logo.ts reads it); null for none or an unreadable one. */
export function logoImage(dataUrl: string): Promise<LogoImage | null> {
  if (!dataUrl) return Promise.resolve(null);
  let image = made.get(dataUrl);
  if (!image) made.set(dataUrl, (image = makeLogoImage(dataUrl).catch(() => null)));
  return image;
}

async function makeLogoImage(dataUrl: string): Promise<LogoImage | null> {
  const [head = '', base64 = ''] = dataUrl.split(',');
  const bytes = Buffer.from(base64, 'base64');
  if (head.includes('image/svg+xml')) return svgToPng(bytes);
  const size = head.includes('image/png') ? pngSize(bytes) : jpegSize(bytes);
  return size ? { data: dataUrl.replace(/^data:/, ''), ...size } : null;
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  return bytes.length > 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
}

/** A JPEG's size, from its first start-of-frame marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return null;
}

/** Drawn at 600 pixels across at most: sharp at the logo's size on any screen. */
async function svgToPng(bytes: Buffer): Promise<LogoImage | null> {
  const { createCanvas, loadImage } = await import('canvas');
  const image = await loadImage(bytes);
  const [width, height] = image.width > 0 && image.height > 0 ? [image.width, image.height] : [300, 100];
  const scale = Math.min(4, 600 / width);
  const canvas = createCanvas(Math.round(width * scale), Math.round(height * scale));
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return { data: `image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`, width, height };
}

/** `image` fitted inside a `w` × `h` box, keeping its proportions, never larger than itself (as CSS max-width). */
export function fitInside(image: LogoImage, w: number, h: number): { w: number; h: number } {
  const scale = Math.min(1, w / image.width, h / image.height);
  return { w: image.width * scale, h: image.height * scale };
}
