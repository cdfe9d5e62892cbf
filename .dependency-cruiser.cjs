// @ts-check
/**
 * The layering inside core/ (README, "How the code is laid out"): each folder may import only the
 * folders below it, and no module may reach itself again through its imports. `npm run lint` runs
 * this; tests/lint/core-layers.test.ts proves that a wrong import and a cycle fail it.
 *
 *   server                      the HTTP host (and the browser build's entry)
 *   service                     composes the domains into the API's implementation
 *   progress sessions trainer records certificates authoring   the domains
 *   course                      the course format engine
 *   workspace                   where courses, downloads and data live on disk
 *   api                         the contract: names, schemas, wire types, dispatch
 *   storage                     durable files, atomic writes, queues, disk errors
 *   errors, identity            neutral: import nothing from core
 */
const layers = {
  errors: { path: '^core/errors', may: [] },
  identity: { path: '^core/identity', may: [] },
  storage: { path: '^core/storage/', may: ['errors', 'identity'] },
  api: { path: '^core/api/', may: ['errors', 'identity'] },
  workspace: { path: '^core/workspace/', may: ['errors', 'identity', 'storage'] },
  course: { path: '^core/course/', may: ['errors', 'storage', 'workspace', 'api'] },
  progress: { path: '^core/progress/', may: ['errors', 'storage', 'api', 'course'] },
  sessions: { path: '^core/sessions/', may: ['errors', 'storage', 'api', 'progress'] },
  trainer: { path: '^core/trainer/', may: ['errors', 'storage', 'api'] },
  records: { path: '^core/records/', may: ['errors', 'storage', 'api', 'workspace', 'course', 'progress', 'sessions'] },
  certificates: { path: '^core/certificates/', may: ['errors', 'storage', 'api', 'workspace', 'progress', 'records'] },
  authoring: { path: '^core/authoring/', may: ['errors', 'storage', 'api', 'workspace', 'course'] },
  service: {
    path: '^core/service/',
    may: [
      'errors',
      'identity',
      'storage',
      'api',
      'workspace',
      'course',
      'progress',
      'sessions',
      'trainer',
      'records',
      'certificates',
      'authoring',
    ],
  },
  server: { path: '^core/server/', may: ['errors', 'identity', 'storage', 'api', 'workspace', 'service'] },
};

/** @type {import('dependency-cruiser').IConfiguration['forbidden']} */
const layerRules = Object.entries(layers).map(([name, layer]) => {
  const allowed = [name, ...layer.may].map((other) => layers[other].path);
  return {
    name: `core-layer-${name}`,
    comment: `core/${name} may import only: ${layer.may.length > 0 ? layer.may.join(', ') : 'nothing else in core'} (see .dependency-cruiser.cjs)`,
    severity: 'error',
    // Tests and test support may reach across layers to build what they check. engine-schemas.ts is
    // the one place the contract takes the answer and query schemas from the engines that validate
    // them too, and it fails to compile unless they equal the declared wire types.
    from: { path: layer.path, pathNot: '\\.test\\.ts$|/testing/|^core/api/inputs/engine-schemas\\.ts$' },
    to: { path: '^core/', pathNot: allowed },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'A module must not reach itself again through its imports: split the shared part out below both.',
      severity: 'error',
      from: { path: '^core/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
