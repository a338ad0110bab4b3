// Lint for src/, __tests__/ and scripts/: typescript-eslint's type-aware recommended rules (they see through the
// types what plain lint cannot: floating promises, thrown non-errors, misused promises, unsafe `any`), run by
// `npm test`. Plain-JS scripts are outside the TypeScript project, so they get the rules that need no types.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '__tests__/fixtures/**', 'src/buildkit/proto/descriptors.ts', 'src/buildkit/proto/codecs.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Passing on what was caught (a signal's reason, a peer's failure) as it is, is deliberate; throwing or rejecting
      // anything else that is not an Error is still refused.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // Numeric enums here name wire values (gRPC codes, regexp opcodes in typed arrays) that arrive as plain numbers.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // a `let` assigned once but read by a closure defined before the assignment cannot be a `const`
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Compose values are YAML scalars of any type that compose-go stringifies the way Go's fmt does, on purpose.
    files: ['src/bake/compose.ts', 'src/bake/compose/**'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // vitest's asymmetric matchers (`expect.stringMatching`, `expect.any`) are typed `any` by design
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
