import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticVueLookup } from './vue-namespace-plugin.js';

describe('vue-i18n reads Vue statically', () => {
  it('rewrites the installed vue-i18n’s computed look-up of Vue’s current instance', () => {
    const require = createRequire(import.meta.url);
    const dist = path.join(path.dirname(require.resolve('vue-i18n/package.json')), 'dist');
    const code = readFileSync(path.join(dist, 'vue-i18n.mjs'), 'utf8');
    const rewritten = staticVueLookup(code);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toMatch(/key in Vue|Vue\[key\]/);
    expect(rewritten).toContain('return Vue.getCurrentInstance();');
  });

  it('leaves other code alone', () => {
    expect(staticVueLookup('export const x = 1;')).toBeNull();
  });
});
