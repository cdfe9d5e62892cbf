import * as z from 'zod';

/**
 * A course pack: one zip holding `manifest.json` and the course files (course.yml,
 * modules/*.md, images under assets/). The manifest lists every course file with its size and
 * sha256, so an import can tell a complete, untampered pack from a damaged or edited one.
 */
export const PACK_FORMAT = 'course-studio-pack';
export const PACK_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export const manifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  courseId: z.string(),
  title: z.string(),
  exportedAt: z.string(),
  files: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type PackManifest = z.infer<typeof manifestSchema>;
export type PackFile = PackManifest['files'][number];
