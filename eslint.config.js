import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'pb_data/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// PocketBase's JS engine (goja): its own globals, CommonJS modules, no npm packages.
		files: ['pocketbase/**/*.js', 'bench/fill/**/*.js'],
		languageOptions: {
			sourceType: 'commonjs',
			globals: {
				$app: 'readonly',
				$apis: 'readonly',
				$os: 'readonly',
				$security: 'readonly',
				$dbx: 'readonly',
				$mails: 'readonly',
				__hooks: 'readonly',
				migrate: 'readonly',
				routerAdd: 'readonly',
				routerUse: 'readonly',
				cronAdd: 'readonly',
				onRecordCreate: 'readonly',
				onRecordUpdate: 'readonly',
				onRecordDelete: 'readonly',
				onRecordCreateRequest: 'readonly',
				onRecordUpdateRequest: 'readonly',
				onRecordDeleteRequest: 'readonly',
				onRecordAfterUpdateSuccess: 'readonly',
				onBatchRequest: 'readonly',
				onBootstrap: 'readonly',
				onBackupCreate: 'readonly',
				Collection: 'readonly',
				TextField: 'readonly',
				DateField: 'readonly',
				NumberField: 'readonly',
				Record: 'readonly',
				Command: 'readonly',
				MailerMessage: 'readonly',
				DynamicModel: 'readonly',
				arrayOf: 'readonly',
				toString: 'readonly',
				BadRequestError: 'readonly',
				ForbiddenError: 'readonly',
				NotFoundError: 'readonly',
				UnauthorizedError: 'readonly',
				ApiError: 'readonly'
			}
		},
		rules: {
			'@typescript-eslint/no-require-imports': 'off',
			// Crashes on CommonJS scope analysis (svelte plugin wraps ESLint's own rule); irrelevant outside .svelte.
			'svelte/no-inner-declarations': 'off',
			// Editors read PocketBase's generated types from pb_data/ once it has run.
			'@typescript-eslint/triple-slash-reference': 'off'
		}
	},
	{
		files: ['pocketbase/pb_hooks/lib/**/*.spec.js'],
		languageOptions: { sourceType: 'module' }
	}
);
