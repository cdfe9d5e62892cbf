/**
 * Which image files a course may hold, and whether a file's bytes really are what its extension
 * says. A `.png` that is an HTML page or an executable is refused: the app serves course images
 * to its own window, so a mislabelled file must not get a chance to be read as something else.
 */

export const imageExtensions = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'] as const;
export type ImageExtension = (typeof imageExtensions)[number];

export function imageExtension(fileName: string): ImageExtension | undefined {
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return (imageExtensions as readonly string[]).includes(ext) ? (ext as ImageExtension) : undefined;
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const signatures: Record<Exclude<ImageExtension, 'svg'>, (b: Uint8Array) => boolean> = {
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a',
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  // ISO-BMFF: a `ftyp` box whose major or a compatible brand is avif/avis.
  avif: (b) => {
    if (ascii(b, 4, 8) !== 'ftyp') return false;
    const boxSize = Math.min(((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0), b.length, 256);
    for (let at = 8; at + 4 <= boxSize; at += 4) if (['avif', 'avis'].includes(ascii(b, at, at + 4))) return true;
    return false;
  },
};

/** Why `bytes` are not a safe image of type `ext`, or null when they are. */
export function imageProblem(ext: ImageExtension, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'is empty';
  if (ext !== 'svg')
    return signatures[ext](bytes) ? null : `is not really a ${ext.toUpperCase()} image (its content does not match the .${ext} extension)`;
  return svgProblem(bytes);
}

/**
 * SVG is a document format that can carry scripts. The app only shows images with <img>, where
 * scripts never run, but an SVG opened directly from the asset URL would run them in the app's
 * origin; so SVGs with scripts, event handlers, foreign HTML or external references are refused.
 */
function svgProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not a text SVG file';
  }
  const head = text.replace(/^\uFEFF/, '').replace(/^\s*(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  if (!/^<svg[\s>]/i.test(head)) return 'is not an SVG image';
  if (/<!ENTITY/i.test(text)) return 'declares XML entities';
  if (/<script|<foreignObject|<iframe|<embed|<object/i.test(text)) return 'contains a script or embedded page';
  if (/\son[a-z]+\s*=/i.test(text)) return 'contains event handlers (on...= attributes)';
  if (/(?:href|src)\s*=\s*["']?\s*(?:javascript:|data:|https?:|\/\/)/i.test(text)) return 'links to scripts or outside files';
  return null;
}
