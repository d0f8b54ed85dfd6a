import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the API's committed schema; `pnpm --filter @djt/web codegen` after it changes.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Nullable result fields are typed `T | null`, never optional: the API always sends them.
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
