import type { DiagnosticSink } from './diagnostics';
import type { YamlSource } from './yaml-source';

/** Reports the second and later uses of an id in one list. */
export function uniqueIds(list: readonly { id: string }[], key: string, name: string, source: YamlSource, sink: DiagnosticSink): boolean {
  const seen = new Set<string>();
  let unique = true;
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      sink.error('duplicate-id', source.at([key, i, 'id']), `id '${item.id}' is used twice under "${key}" in ${name}; ids must be unique`);
      unique = false;
    }
    seen.add(item.id);
  });
  return unique;
}
