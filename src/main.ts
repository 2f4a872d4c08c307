// First: a published page's address becomes its route's (shell/prerendered.ts).
import './app/shell/adopt-prerendered.ts';
import { mount } from 'svelte';
import App from './app/shell/App.svelte';
import { freezePrototypes } from './app/shell/freeze-prototypes.ts';
import { router } from './app/shell/router.svelte.ts';
import { startEarly } from './app/shell/early-start.ts';
import './app/shell/global.css';

// Before the dictionary has arrived: the route's chunks, runner and catalog load meanwhile.
startEarly(router.location);
mount(App, { target: document.getElementById('app')! });
freezePrototypes();
