import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { createApiClient } from './graphql/client.js';
import { createAppI18n } from './i18n/i18n.js';
import { createAppRouter } from './router.js';

createApp(App)
  .use(createAppI18n())
  .use(createAppRouter())
  .use(urql, createApiClient())
  .mount('#app');
