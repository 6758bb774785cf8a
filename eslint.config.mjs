// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, which flag likely
// bugs. Layout and quoting are Prettier's (.prettierrc.json), not ESLint's. `npm run lint` runs
// this with --max-warnings 0.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      '.e2e-tools/',
      '.vscode-test/',
      'test-results/',
      // Inputs of the tests and the evaluations, not code of the project.
      'test/fixtures/',
      'test/e2e/fixtures/',
      'test/grammar/fixtures/',
      'eval/data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The type check already fails on unused locals and parameters (tsconfig's noUnusedLocals,
      // noUnusedParameters); this rule repeated it and took a third of the lint's time.
      '@typescript-eslint/no-unused-vars': 'off',
      // `let [low, high] = …` where only one is reassigned stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
      // `interface QuotePiece extends Quote {}` names a role of the same shape.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Lazy `require` is deliberate: the CLI and the server load optional parts (output formats,
      // the .docx reader, test hooks) only when used, and a few files are CommonJS.
      '@typescript-eslint/no-require-imports': 'off',
      // `TEST_ONLY:` labels are read by the bundler (esbuild's dropLabels), not by `break`/`continue`;
      // --fix would delete them and ship the test hooks.
      'no-unused-labels': 'off',
      // protocol.ts mirrors the LSP's own `namespace X { export const method }` shapes.
      '@typescript-eslint/no-namespace': 'off',
      // `\[` in a character class reads as a literal bracket to everyone; removing the backslash
      // would change the regexes' sources, which the ReDoS baseline is keyed by.
      'no-useless-escape': ['error', { allowRegexCharacters: ['['] }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // The tests match terminal colour codes (\x1b[…m) on purpose.
      'no-control-regex': 'off',
      // The protocol tests read untyped JSON-RPC results.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
