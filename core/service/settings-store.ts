import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { TrainerSettings } from '../api/records-types';
import { DurableJsonFile } from '../storage/durable-json-file';
import { nodeStorageFs } from '../storage/storage-fs';

const settingsSchema = z.object({
  trainerName: z.string().trim().max(100),
  organisation: z.string().trim().max(100),
  xapiAccountHomePage: z
    .string()
    .trim()
    .max(500)
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s]+$/.test(value),
      'The xAPI account home page must be a web address starting with http:// or https://.',
    ),
});

const defaults: TrainerSettings = { trainerName: '', organisation: '', xapiAccountHomePage: '' };

/** The trainer's settings (name and organisation for certificates, the xAPI home page), kept in `<dataDir>/settings.json`. */
export async function openSettingsStore(dataDir: string) {
  await mkdir(dataDir, { recursive: true });
  const db = new Low<TrainerSettings>(
    new DurableJsonFile(join(dataDir, 'settings.json'), { fs: nodeStorageFs, decode: (json) => settingsSchema.parse(json) }),
    { ...defaults },
  );
  // A damaged settings file only costs the trainer's name and organisation: start from the defaults.
  await db.read().catch(() => (db.data = { ...defaults }));

  return {
    get(): TrainerSettings {
      return { ...db.data };
    },
    async save(input: TrainerSettings): Promise<TrainerSettings> {
      const parsed = settingsSchema.safeParse(input);
      if (!parsed.success) throw new ApiError('invalid-argument', parsed.error.issues[0]?.message ?? 'These settings are not valid.');
      const previous = db.data;
      db.data = parsed.data;
      try {
        await db.write();
      } catch (error) {
        db.data = previous;
        throw new ApiError('not-saved', `The settings could not be saved: ${(error as Error).message}`);
      }
      return { ...db.data };
    },
  };
}

export type SettingsStore = Awaited<ReturnType<typeof openSettingsStore>>;
