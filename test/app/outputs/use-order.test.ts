import { describe, expect, it } from 'vitest';
import { UseOrder } from '../../../src/app/outputs/use-order.ts';

describe('UseOrder', () => {
  it('drops the least recently used beyond the number kept, a use making a key recent again', () => {
    const order = new UseOrder<string>();
    for (const key of ['a', 'b', 'c', 'd']) order.use(key);
    order.use('a');
    expect(order.trim(2)).toEqual(['b', 'c']);
    expect(order.trim(2)).toEqual([]);
    order.use('e');
    expect(order.trim(2)).toEqual(['d']);
    expect(order.trim(0)).toEqual(['a', 'e']);
  });
});
