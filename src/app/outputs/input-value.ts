import { assertNever, type InputOutput, type InputSpec } from '../../core/runtime/outputs.ts';

/**
 * The value an input output holds, coerced to what its control edits: the runtime's `value`
 * when it fits, else the spec's initial value.
 */
export function inputValue(output: InputOutput): InputSpec['value'] {
  const { input, value } = output;
  switch (input.type) {
    case 'range':
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value) ? value : input.value;
    case 'select':
      return typeof value === 'string' || typeof value === 'number' ? value : input.value;
    case 'text':
      return typeof value === 'string' ? value : input.value;
    case 'checkbox':
      return typeof value === 'boolean' ? value : input.value;
    default:
      return assertNever(input);
  }
}
