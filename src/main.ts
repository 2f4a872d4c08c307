import { mount } from 'svelte';
import App from './app/shell/App.svelte';
import { freezePrototypes } from './app/shell/freeze-prototypes.ts';
import { router } from './app/shell/router.svelte.ts';
import { startEarly } from './app/shell/early-start.ts';
import { nextTask } from './app/shell/next-task.ts';
import './app/shell/global.css';

// Three tasks, not one (issue 15: none over 50 ms during load): the evaluation of the modules
// above; then, before the dictionary has arrived, the route's chunks, runner and catalog start
// loading; then the first render.
await nextTask();
startEarly(router.location);
await nextTask();
mount(App, { target: document.getElementById('app')! });
freezePrototypes();
