/**
 * Entry of the runner bundle: a classic (IIFE) worker script that the sandbox iframe loads with
 * `importScripts`. Its first message carries the MessagePort the page talks to it through.
 *
 * Cell code runs in this realm, so before any cell runs the realm is locked down: SES `lockdown()`
 * freezes the JavaScript intrinsics, and `lock-realm.ts` freezes the Web API prototypes the
 * runner relies on and the global bindings. The port and the port's original `postMessage` stay
 * in this closure, which no cell can reach: a cell cannot find the port on `self`, replace
 * `MessagePort.prototype.postMessage` to catch it, nor listen on it.
 */
import 'ses';
import { useFormatModules } from '../core/data/format-modules.ts';
import { startRunner } from './api.ts';
import { scriptLoaders } from './format-loaders.ts';
import { lockRealm } from './lock-realm.ts';
import type { PageMessage, RunnerMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const { postMessage } = MessagePort.prototype;
const { setTimeout: schedule } = scope;
const { apply } = Reflect;

// Parquet and Excel parsers are scripts of their own, imported when first needed.
useFormatModules(scriptLoaders(scope));
lockRealm();

scope.addEventListener(
  'message',
  (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port) return;
    const post = (message: RunnerMessage, transfer: Transferable[] = []) =>
      apply(postMessage, port, [message, transfer]);
    const receive = startRunner(post, (task) => apply(schedule, scope, [task, 0]));
    port.onmessage = (message: MessageEvent<PageMessage>) => receive(message.data);
  },
  { once: true },
);
