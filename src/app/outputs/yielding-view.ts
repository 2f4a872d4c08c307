import { View } from 'vega';
import { nextTask } from '../shell/next-task.ts';

/**
 * A Vega view whose first run starts in a task of its own. vega-embed compiles the Vega-Lite
 * spec, parses it and runs the dataflow (scales, marks, the SVG) in one go, 80–110 ms for a bar
 * chart; given as its `viewClass`, this view cuts that in two: compile and parse, then the run
 * and the drawing (issue 15, docs/performance.md). Later runs (signals, resizes) are not delayed.
 */
export class YieldingView extends View {
  #started = false;

  // Vega's `runAsync(encode?, prerun?, postrun?)`: the arguments go through as they come.
  override async runAsync(...args: unknown[]): Promise<View> {
    if (!this.#started) {
      this.#started = true;
      await nextTask();
    }
    return (super.runAsync as (...args: unknown[]) => Promise<View>).apply(this, args);
  }
}
