import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder: this file lives at `tests/support/` below it. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The trainer's blog posts the bundled course is written from. They are not part of the repository:
 * contributors and CI keep `shared/` beside the checkout, so they are found at `../shared/seeds` from
 * the root, wherever the checkout lives.
 */
export function sharedSeedsDir(): string {
  const dir = join(repoRoot, '..', 'shared', 'seeds');
  if (!existsSync(dir)) {
    throw new Error(
      `The seed posts were not found at ${dir}. Tests that import posts read them from ../shared/seeds beside the checkout (CI has it there); put a copy of shared/ beside the repository.`,
    );
  }
  return dir;
}
