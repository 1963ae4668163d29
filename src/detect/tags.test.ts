import { describe, expect, it } from 'vitest';
import { ALL_TAGS, WordTags, tagId } from './tags.ts';

describe('per-word tag sets', () => {
  it('keeps 40 tags apart: the 33rd never lands on the first', () => {
    const tags = new WordTags(3, 40);
    tags.add(1, 32);
    tags.add(1, 39);
    tags.add(2, 31);
    expect(tags.has(1, 32)).toBe(true);
    expect(tags.has(1, 0)).toBe(false);
    expect(tags.has(1, 39)).toBe(true);
    expect(tags.has(1, 7)).toBe(false);
    expect(tags.has(2, 31)).toBe(true);
    expect(tags.has(0, 32)).toBe(false);
  });

  it('answers false outside the words', () => {
    const tags = new WordTags(2);
    tags.add(0, 0);
    expect(tags.has(-1, 0)).toBe(false);
    expect(tags.has(2, 0)).toBe(false);
  });

  it('numbers every tag once', () => {
    expect(new Set(ALL_TAGS.map(tagId)).size).toBe(ALL_TAGS.length);
  });
});
