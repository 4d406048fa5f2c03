import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { schemas } from './build/vite-plugin-schemas.ts';

// Only the extension's own assets ship in it; the demo site and the sample badges in public/ do not.
const EXTENSION_PUBLIC = /^icon\//;

export default defineConfig({
  srcDir: 'extension',
  imports: false,
  manifest: {
    name: 'Badge Lens',
    description: 'Finds Open Badges on the pages you visit and verifies them in your browser.',
    // The narrowest set that does the job; README "Permissions" says why each is needed.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Firefox needs a stable add-on id for storage and MV3; it is not used by Chrome.
    browser_specific_settings: { gecko: { id: 'badge-lens@badge-lens.invalid' } },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((file) => EXTENSION_PUBLIC.test(file.relativeDest));
      files.splice(0, files.length, ...kept);
    },
  },
  vite: () => ({
    plugins: [preact(), schemas()],
  }),
});
