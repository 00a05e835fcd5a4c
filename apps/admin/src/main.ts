import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
// Inter, the font the theme names, self-hosted in the weights the theme and <strong> use. Each
// weight's subsets carry a unicode-range, so the browser fetches only those a page needs (Latin,
// and Latin Extended for Sámi names).
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles.css';
import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { writeToken } from './auth/session-store.js';
import { createApiClient } from './graphql/client.js';
import { createAppI18n } from './i18n/i18n.js';
import { createAppRouter } from './router.js';

const router = createAppRouter();
const client = createApiClient({
  onUnauthenticated() {
    writeToken(null);
    const current = router.currentRoute.value;
    if (!current.meta.public) {
      void router.replace({ name: 'sign-in', query: { redirect: current.fullPath } });
    }
  },
});

createApp(App).use(createAppI18n()).use(router).use(urql, client).mount('#app');
