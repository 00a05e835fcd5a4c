import type { Plugin } from 'vite';

/**
 * vue-i18n (11.x) looks Vue's current instance up by a computed key on `import * as Vue from
 * 'vue'` (`'currentInstance' in Vue ? Vue[key] : Vue.getCurrentInstance()`), which makes the
 * bundler keep Vue's whole namespace: every export of Vue (Transition, KeepAlive, Suspense,
 * hydration, custom elements, the Options API…) lands in the first page load. Vue 3.5 exports no
 * `currentInstance`, so the look-up is always `Vue.getCurrentInstance()`: say so, statically.
 */
const DYNAMIC_LOOKUP =
  /const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/;

export function staticVueLookup(code: string): string | null {
  if (!DYNAMIC_LOOKUP.test(code)) return null;
  return code.replace(DYNAMIC_LOOKUP, 'return Vue.getCurrentInstance();');
}

export function vueNamespacePlugin(): Plugin {
  return {
    name: 'kompetansemidler:vue-i18n-static-vue',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]vue-i18n[\\/]dist[\\/]vue-i18n(\.runtime)?\.mjs$/.test(id.split('?')[0] ?? '')) {
        return null;
      }
      const rewritten = staticVueLookup(code);
      if (rewritten === null) {
        // A new vue-i18n: check whether it still reads Vue by a computed key, then update this.
        this.warn(
          `vue-i18n's look-up of Vue's current instance changed (${id}); nothing rewritten.`,
        );
        return null;
      }
      return { code: rewritten, map: null };
    },
  };
}
