import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { queryCost } from './query-cost.js';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int = 20): [Item!]! tags: [String!]! }
  type Query { items(first: Int = 10): [Item!]! item: Item }
`);

const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), variables);

describe('query cost', () => {
  it('multiplies children by first whether it is a literal, a variable or the schema default', () => {
    const literal = cost('{ items(first: 50) { id } }');
    expect(literal).toBe(1 + 50 * 1);
    expect(cost('query($n: Int) { items(first: $n) { id } }', { n: 50 })).toBe(literal);
    expect(cost('query($n: Int = 50) { items(first: $n) { id } }')).toBe(literal);
    expect(cost('{ items { id } }')).toBe(1 + 10 * 1);
  });

  it('multiplies nested pages', () => {
    expect(cost('query($n: Int) { items(first: $n) { children(first: $n) { id } } }', { n: 10 })).toBe(1 + 10 * (1 + 10 * 1));
    expect(cost('{ items(first: 2) { children { id } } }')).toBe(1 + 2 * (1 + 20 * 1));
  });

  it('counts an explicit null first as the largest page', () => {
    expect(cost('query($n: Int) { items(first: $n) { id } }', { n: null })).toBe(1 + 100);
  });

  it('counts every field and alias, __typename included', () => {
    expect(cost('{ a: __typename b: __typename item { id tags } }')).toBe(2 + 1 + 2);
  });

  it('leaves variables that do not coerce to execution', () => {
    expect(cost('query($n: Int) { items(first: $n) { id } }', { n: 'x' })).toBeNull();
  });
});
