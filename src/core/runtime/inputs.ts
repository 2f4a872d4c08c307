import { coreError } from '../errors/index.ts';
import type { InputSpec } from './outputs.ts';

/**
 * An input made by `Inputs.*`. `view(input)` displays it as an `input` output and returns its
 * current value; it is recognised with `instanceof`. It holds only a spec, no DOM: the page draws
 * the control and sends new values back with `setInput`.
 */
export class InputView {
  constructor(readonly spec: InputSpec) {}
}

interface Labelled {
  label?: string;
}

/**
 * The `Inputs` builtin, after Observable Inputs' signatures where they exist. Differences:
 * `number` also takes `{min, max}` in its options; `checkbox` is a single boolean (Observable's
 * `toggle`, also available), not a set of choices.
 */
export const Inputs = {
  /** A slider: `Inputs.range([min, max], {label, value, step})`; value defaults to the middle. */
  range(
    extent: [number, number],
    options: Labelled & { value?: number; step?: number } = {},
  ): InputView {
    if (
      !Array.isArray(extent) ||
      extent.length !== 2 ||
      !extent.every(Number.isFinite) ||
      extent[0] > extent[1]
    ) {
      throw coreError('inputs-range-extent', {}, 'TypeError');
    }
    const [min, max] = extent;
    const step = optionalNumber(options.step, 'Inputs.range step');
    const middle = step ? min + Math.round((max - min) / 2 / step) * step : (min + max) / 2;
    const value = clamp(optionalNumber(options.value, 'Inputs.range value') ?? middle, min, max);
    return new InputView({ type: 'range', label: options.label, min, max, step, value });
  },

  /** A number field: `Inputs.number({label, value, min, max, step})` or `Inputs.number([min, max], options)`. */
  number(
    extentOrOptions?:
      [number, number] | (Labelled & { value?: number; min?: number; max?: number; step?: number }),
    more: Labelled & { value?: number; step?: number } = {},
  ): InputView {
    const options = Array.isArray(extentOrOptions)
      ? { ...more, min: extentOrOptions[0], max: extentOrOptions[1] }
      : (extentOrOptions ?? {});
    const min = optionalNumber(options.min, 'Inputs.number min');
    const max = optionalNumber(options.max, 'Inputs.number max');
    const step = optionalNumber(options.step, 'Inputs.number step');
    const value = clamp(optionalNumber(options.value, 'Inputs.number value') ?? min ?? 0, min, max);
    return new InputView({ type: 'number', label: options.label, min, max, step, value });
  },

  /** A drop-down: `Inputs.select(options, {label, value})`; value defaults to the first option. */
  select(
    choices: readonly (string | number)[],
    options: Labelled & { value?: string | number } = {},
  ): InputView {
    if (
      !Array.isArray(choices) ||
      choices.length === 0 ||
      !choices.every((c) => typeof c === 'string' || typeof c === 'number')
    ) {
      throw coreError('inputs-select-options', {}, 'TypeError');
    }
    const value = options.value ?? choices[0];
    if (!choices.includes(value))
      throw coreError('inputs-select-value', { value: JSON.stringify(value) }, 'TypeError');
    return new InputView({ type: 'select', label: options.label, options: [...choices], value });
  },

  /** A text field: `Inputs.text({label, value, placeholder})`. */
  text(options: Labelled & { value?: string; placeholder?: string } = {}): InputView {
    const value = options.value ?? '';
    if (typeof value !== 'string') throw coreError('inputs-text-value', {}, 'TypeError');
    return new InputView({
      type: 'text',
      label: options.label,
      placeholder: options.placeholder,
      value,
    });
  },

  /** A single check box for a boolean: `Inputs.checkbox({label, value})`. */
  checkbox(options: Labelled & { value?: boolean } = {}): InputView {
    const value = options.value ?? false;
    if (typeof value !== 'boolean') throw coreError('inputs-checkbox-value', {}, 'TypeError');
    return new InputView({ type: 'checkbox', label: options.label, value });
  },

  /** Observable's name for a single boolean input; the same as `checkbox`. */
  toggle(options: Labelled & { value?: boolean } = {}): InputView {
    return Inputs.checkbox(options);
  },
};

/**
 * A value sent by the page for an input, made to fit its spec (numbers clamped, text as text),
 * or `undefined` when it cannot fit (an option that no longer exists), so the default is used.
 */
export function acceptInput(spec: InputSpec, raw: unknown): unknown {
  switch (spec.type) {
    case 'range':
    case 'number': {
      const n =
        typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
      return Number.isFinite(n) ? clamp(n, spec.min, spec.max) : undefined;
    }
    case 'select':
      return (
        spec.options.find((option) => option === raw) ??
        spec.options.find((option) => String(option) === String(raw))
      );
    case 'text':
      return typeof raw === 'string' ? raw : undefined;
    case 'checkbox':
      return typeof raw === 'boolean' ? raw : undefined;
  }
}

function optionalNumber(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw coreError('inputs-not-number', { what }, 'TypeError');
  return value;
}

function clamp(value: number, min?: number, max?: number): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
}
