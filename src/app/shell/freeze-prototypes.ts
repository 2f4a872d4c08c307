/**
 * Freezes the prototypes every object and array of the page inherits from, so that
 * nothing that reaches the page later (a forged message, a polluting library path) can add to
 * them (`Object.prototype.polluted`) or replace their methods: options objects built from `{}`
 * keep the fields the app gave them (a polluted prototype once turned the page's dataset
 * `fetch` into a POST with the attacker's body).
 *
 * Frozen as is, a prototype breaks libraries that give one of their objects a method of its
 * own by assignment (`thing.toString = …`, which Monaco and Vega do): an inherited read-only
 * property forbids the assignment ("the override mistake"). So, as SES does, each method first
 * becomes an accessor whose setter defines the property on the object assigned to, and refuses
 * only an assignment to the prototype itself.
 *
 * `Function.prototype` stays unfrozen: frozen (its methods made accessors the same way), the
 * editor's running cells stopped showing their time counting up (test/e2e/editor.test.ts),
 * and there was no time left to find which library needs it.
 *
 * Called once the app is mounted, before any notebook is opened; the libraries loaded later on
 * demand (vega-embed, Monaco, the table viewer) run under the frozen prototypes.
 */
export function freezePrototypes(): void {
  for (const prototype of [Object.prototype, Array.prototype]) {
    for (const name of Object.getOwnPropertyNames(prototype)) overridable(prototype, name);
    Object.freeze(prototype);
  }
}

function overridable(prototype: object, name: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
  if (!descriptor || !('value' in descriptor) || !descriptor.configurable) return;
  const value: unknown = descriptor.value;
  Object.defineProperty(prototype, name, {
    get: () => value,
    set(this: object, next: unknown) {
      if (this === prototype) throw new TypeError(`Cannot assign to read only property '${name}'`);
      Object.defineProperty(this, name, {
        value: next,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: descriptor.enumerable,
    configurable: false,
  });
}
