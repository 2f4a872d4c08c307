/**
 * Valibot schemas of the parts of an output (`outputs.ts`) that arrive from code the page does
 * not trust: the runner's messages (`runner/protocol.ts`) and a published version's output
 * snapshot (`core/publish/snapshot.ts`) check them with the same rules.
 */
import * as v from 'valibot';

/** Longest id, code or parameter name accepted. */
export const MAX_ID = 200;
export const Id = v.pipe(v.string(), v.maxLength(MAX_ID));
const Position = v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1)));

/** algobook's own errors: a stable code and its parameters, which the page words (core/errors). */
export const Coded = {
  code: v.optional(v.pipe(v.string(), v.maxLength(MAX_ID))),
  params: v.optional(
    v.record(v.pipe(v.string(), v.maxLength(MAX_ID)), v.union([v.string(), v.number()])),
  ),
};

export const ErrorOutputSchema = v.strictObject({
  kind: v.literal('error'),
  name: v.string(),
  message: v.string(),
  line: Position,
  column: Position,
  ...Coded,
});

export const ColumnInfoSchema = v.strictObject({ name: v.string(), type: v.string() });

const Label = v.optional(v.string());
const Finite = v.pipe(v.number(), v.finite());
export const InputSpecSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('range'),
    label: Label,
    min: Finite,
    max: Finite,
    step: v.optional(Finite),
    value: Finite,
  }),
  v.strictObject({
    type: v.literal('number'),
    label: Label,
    min: v.optional(Finite),
    max: v.optional(Finite),
    step: v.optional(Finite),
    value: Finite,
  }),
  v.strictObject({
    type: v.literal('select'),
    label: Label,
    options: v.array(v.union([v.string(), Finite])),
    value: v.union([v.string(), Finite]),
  }),
  v.strictObject({
    type: v.literal('text'),
    label: Label,
    placeholder: v.optional(v.string()),
    value: v.string(),
  }),
  v.strictObject({ type: v.literal('checkbox'), label: Label, value: v.boolean() }),
]);
