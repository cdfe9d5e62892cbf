import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addImage, MAX_IMAGE_BYTES } from './images';
import { createCourse } from './library';
import { tempWorkspace } from './testing/temp-workspace';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavifmif1miafavif'), Buffer.alloc(8)]);
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
);

async function setup() {
  const ws = await tempWorkspace();
  const { folder } = await createCourse(ws, { title: 'Images', template: 'blank' });
  return { ws, folder };
}

describe('addImage', () => {
  it.each([
    ['Team Photo.PNG', PNG, /^assets\/team-photo-[0-9a-f]{8}\.png$/],
    ['shot.jpeg', JPG, /^assets\/shot-[0-9a-f]{8}\.jpg$/],
    ['anim.gif', GIF, /^assets\/anim-[0-9a-f]{8}\.gif$/],
    ['pic.webp', WEBP, /^assets\/pic-[0-9a-f]{8}\.webp$/],
    ['pic.avif', AVIF, /^assets\/pic-[0-9a-f]{8}\.avif$/],
    ['../../evil name.svg', SVG, /^assets\/evil-name-[0-9a-f]{8}\.svg$/],
  ])('stores %s under a safe name', async (fileName, bytes, pattern) => {
    const { ws, folder } = await setup();
    const added = await addImage(ws, folder, { fileName, bytes });
    expect(added.path).toMatch(pattern);
    expect(added.markdown).toBe(`![Describe the image](${added.path})`);
    expect(await readFile(join(folder, added.path))).toEqual(bytes);
  });

  it.each([
    ['fake.png', Buffer.from('<html><script>alert(1)</script></html>'), /not really a PNG/],
    ['fake.jpg', PNG, /not really a JPG/],
    ['script.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /script/],
    ['handler.svg', Buffer.from('<svg onload="alert(1)"></svg>'), /event handlers/],
    ['page.svg', Buffer.from('<html></html>'), /not an SVG/],
    ['notes.txt', Buffer.from('hello'), /not an image type/],
    ['run.exe', Buffer.from('MZ'), /not an image type/],
    ['empty.png', Buffer.alloc(0), /empty/],
    ['huge.png', Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]), /larger than 10 MB/],
  ])('refuses %s', async (fileName, bytes, message) => {
    const { ws, folder } = await setup();
    await expect(addImage(ws, folder, { fileName, bytes })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(message),
    });
  });

  it('stores the same picture once and different pictures with one name apart', async () => {
    const { ws, folder } = await setup();
    const first = await addImage(ws, folder, { fileName: 'image.png', bytes: PNG });
    const again = await addImage(ws, folder, { fileName: 'image.png', bytes: PNG });
    const other = await addImage(ws, folder, { fileName: 'image.png', bytes: Buffer.concat([PNG, Buffer.from([1])]) });
    expect(again.path).toBe(first.path);
    expect(other.path).not.toBe(first.path);
  });
});
