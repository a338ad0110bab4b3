// Lint for src/, __tests__/ and scripts/: typescript-eslint's type-aware recommended rules (they see through the
// types what plain lint cannot: floating promises, thrown non-errors, misused promises, unsafe `any`), run by
// `npm test`. Plain-JS scripts are outside the TypeScript project, so they get the rules that need no types.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '__tests__/fixtures/**', 'src/buildkit/proto/descriptors.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Compose values are YAML scalars of any type that compose-go stringifies the way Go's fmt does, on purpose.
    files: ['src/bake/compose.ts', 'src/bake/compose/**'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
