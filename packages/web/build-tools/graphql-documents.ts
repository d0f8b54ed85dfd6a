import fs from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:djt-graphql-document/';
const RESOLVED = '\0djt-graphql-document:';
/** `graphql(\`...\`)` with a template literal without substitutions, as codegen's client preset reads them. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/**
 * Every `graphql(\`...\`)` call in the app becomes an import of just that document, each from its
 * own tiny module holding the document codegen wrote into src/generated/graphql.ts.
 *
 * Why: codegen's `graphql()` looks documents up in a map of every operation, and even with its
 * babel plugin every document stays in the one module graphql.ts, which Rollup cannot split
 * across chunks, so the login page's entry chunk carried the bureau's comparison query and every
 * other. One module per document lets each lazy route carry only its own queries.
 * Types are unaffected: TypeScript still sees codegen's typed `graphql()` overloads.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  let source: string | null = null;
  const documentSource = (name: string): string => {
    source ??= fs.readFileSync(generatedFile, 'utf8');
    const line = source.split('\n').find((l) => l.startsWith(`export const ${name} = {`));
    const m = line && /^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
    if (!m) throw new Error(`graphql-documents: ${name} not found in ${generatedFile}; run pnpm codegen`);
    // Not frozen: urql annotates documents it has seen (`loc`, a cache key).
    return `export const ${name} = ${m[1]};\n`;
  };
  return {
    name: 'djt-graphql-documents',
    enforce: 'pre',
    buildStart() {
      source = null;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? RESOLVED + id.slice(VIRTUAL.length) : undefined;
    },
    load(id) {
      return id.startsWith(RESOLVED) ? documentSource(id.slice(RESOLVED.length)) : undefined;
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.includes('/generated/') || !code.includes('graphql(')) return undefined;
      const imports = new Set<string>();
      const out = code.replace(CALL, (call, body: string) => {
        const def = DEFINITION.exec(body);
        if (!def) return call;
        const name = def[1] === 'fragment' ? `${def[2]}FragmentDoc` : `${def[2]}Document`;
        imports.add(name);
        return `__gql_${name}`;
      });
      if (!imports.size) return undefined;
      const head = [...imports].map((n) => `import { ${n} as __gql_${n} } from '${VIRTUAL}${n}';`).join('\n');
      return { code: `${head}\n${out}`, map: null };
    },
  };
}
