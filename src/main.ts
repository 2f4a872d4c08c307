import { mount } from 'svelte';
import App from './app/shell/App.svelte';
import './app/shell/global.css';

mount(App, { target: document.getElementById('app')! });
