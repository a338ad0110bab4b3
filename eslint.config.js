// Lint for src/, __tests__/ and scripts/: typescript-eslint's type-aware recommended rules (they see through the
// types what plain lint cannot: floating promises, thrown non-errors, misused promises), run by `npm test`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', '__tests__/fixtures/**', 'src/buildkit/proto/descriptors.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
);
