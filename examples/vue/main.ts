import { createApp } from 'vue';
import 'ketamine-clinic-elements/define';
import App from './App.vue';

createApp(App).mount('#app');
