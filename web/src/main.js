import { createApp } from 'vue';
import ElementPlus from './element.js';
import App from './App.vue';
import { router } from './router.js';
import { setLocale, locale } from './i18n/index.js';
import './styles.css';

setLocale(locale.value);
createApp(App).use(router).use(ElementPlus).mount('#app');
