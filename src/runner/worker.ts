/**
 * Entry of the runner bundle: a classic (IIFE) worker script that the sandbox iframe loads with
 * `importScripts`. Its first message carries the MessagePort the page talks to it through.
 */
import * as Comlink from 'comlink';
import { createRunnerApi } from './api.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  'message',
  (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port) return;
    Comlink.expose(createRunnerApi(), port);
  },
  { once: true },
);
