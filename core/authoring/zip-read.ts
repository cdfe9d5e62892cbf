import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PathTwinFinder, printable, relativePathProblem } from '../workspace/safe-name';
import { InflateBudget, packRefused, type ZipLimits } from './zip-limits';

export interface ZipEntryData {
  /** The entry's path, validated: relative, forward slashes, no `..`, no control characters. */
  name: string;
  data: Buffer;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * Reads a zip from outside entry by entry, refusing anything unsafe before it is inflated:
 * bad names (absolute, drive letters, backslashes, `..`, NUL), symlinks, encryption, too many
 * entries, sizes over the limits. `wanted` decides which entries are inflated at all; each is
 * handed over as a Buffer (at most `maxEntryBytes`) and counted against the limits as it streams.
 */
export async function readZipEntries(
  path: string,
  limits: ZipLimits,
  wanted: (name: string) => boolean,
  onEntry: (entry: ZipEntryData) => Promise<void>,
): Promise<{ skipped: string[] }> {
  // decodeStrings: false hands us the raw name bytes, so the name checked here is exactly the
  // one used later (yauzl would otherwise prefer a Unicode-path extra field the attacker controls).
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (error, file) =>
      error ? reject(packRefused(`it is not a readable zip file (${error.message})`)) : resolve(file),
    ),
  );
  try {
    if (zip.entryCount > limits.maxEntries)
      throw packRefused(`it has ${zip.entryCount} files; a pack may hold at most ${limits.maxEntries}`);
    const budget = new InflateBudget(limits);
    const seen = new Set<string>();
    const twins = new PathTwinFinder();
    const skipped: string[] = [];
    let declaredTotal = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entryName(entry);
      if (seen.has(name)) throw packRefused(`${printable(name)} appears twice`);
      seen.add(name);
      const twin = twins.add(name.endsWith('/') ? name.slice(0, -1) : name);
      if (twin) {
        throw packRefused(
          `${printable(twin.first)} and ${printable(twin.second)} are the same ${twin.kind} on Windows and macOS (their names differ only in upper and lower case or in how accents are encoded)`,
        );
      }
      if (seen.size > limits.maxEntries) throw packRefused(`it has more than ${limits.maxEntries} files`);
      if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw packRefused(`${name} is encrypted`);
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (mode === S_IFLNK) throw packRefused(`${printable(name)} is a symbolic link`);
      if (name.endsWith('/')) continue;
      if (entry.uncompressedSize > limits.maxEntryBytes)
        throw packRefused(`${name} is larger than ${Math.round(limits.maxEntryBytes / 1048576)} MB when unpacked`);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxTotalBytes)
        throw packRefused(`it unpacks to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`);
      if (!wanted(name)) {
        skipped.push(name);
        continue;
      }
      await onEntry({ name, data: await inflate(zip, entry, name, budget) });
    }
    return { skipped };
  } finally {
    zip.close();
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (error: Error) => (cleanup(), reject(packRefused(`it is damaged (${error.message})`)));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function entryName(entry: Entry): string {
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(entry.fileNameRaw);
  } catch {
    throw packRefused('a file name in it is not valid text');
  }
  const problem = relativePathProblem(name.endsWith('/') ? name.slice(0, -1) : name);
  if (problem) throw packRefused(`the file name '${printable(name)}' ${problem}`);
  return name;
}

function inflate(zip: ZipFile, entry: Entry, name: string, budget: InflateBudget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(packRefused(`${name} cannot be unpacked (${error.message})`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        try {
          budget.take(name, chunk.length, size, entry.compressedSize);
        } catch (limit) {
          stream.destroy();
          reject(limit);
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => reject(packRefused(`${name} is damaged (${streamError.message})`)));
      stream.on('end', () => resolve(Buffer.concat(chunks, size)));
    });
  });
}
