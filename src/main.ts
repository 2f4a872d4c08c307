import { mount } from 'svelte';
import App from './app/shell/App.svelte';
import { freezePrototypes } from './app/shell/freeze-prototypes.ts';
import './app/shell/global.css';

mount(App, { target: document.getElementById('app')! });
freezePrototypes();
