import { describe, expect, it } from 'vitest';
import { CHUNK_LENGTH, MIN_CHUNK_LENGTH, chunkBounds, chunks, classifyInChunks, classifyLong } from './chunked.ts';
import { classify } from './classify.ts';

const filler = (length: number) => 'Belle journée pour une balade au parc avec le chien. '.repeat(Math.ceil(length / 53)).slice(0, length);

describe('classifyInChunks', () => {
  it('covers the whole text with overlapping chunks cut at spaces', () => {
    const text = filler(5 * CHUNK_LENGTH + 123);
    const bounds = chunkBounds(text);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (const [index, [start, end]] of bounds.entries()) {
      expect(end - start).toBeLessThanOrEqual(CHUNK_LENGTH);
      if (index > 0) expect(start).toBeLessThan(bounds[index - 1]![1]);
      if (end < text.length) expect(text[end]).toBe(' ');
    }
  });

  it('cuts text without spaces hard, lazily: the first chunk comes before the rest is looked at', () => {
    const text = 'x'.repeat(8_000_000);
    const first = chunks(text).next();
    expect(first.value).toEqual([0, CHUNK_LENGTH]);
    const bounds = chunkBounds('y'.repeat(5 * CHUNK_LENGTH));
    expect(bounds.at(-1)?.[1]).toBe(5 * CHUNK_LENGTH);
    for (const [start, end] of bounds) expect(end - start).toBeLessThanOrEqual(CHUNK_LENGTH);
  });

  it('finds a phrase that straddles a chunk cut, with offsets into the whole text', async () => {
    const before = filler(CHUNK_LENGTH - 12);
    const text = `${before}les mails de Macron ont fuité. ${filler(3 * CHUNK_LENGTH)}`;
    const result = await classifyInChunks(text, classify);
    expect(result.categories).toEqual(['leak']);
    for (const e of result.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result.evidence[0]?.text).toBe('mails de Macron ont fuité');
    expect(result.evidence[0]?.start).toBe(before.length + 'les '.length);
  });

  it('finds a leak at the very end of a 1 MB draft, yielding between chunks', async () => {
    let yields = 0;
    const text = `${filler(1024 * 1024)} #MacronLeaks`;
    const result = await classifyInChunks(text, classify, { yieldControl: async () => void (yields += 1) });
    expect(result.categories).toEqual(['leak']);
    expect(yields).toBeGreaterThan(40);
  });

  it('gives the same answer as one pass, for short drafts and long ones', async () => {
    expect(await classifyInChunks('votez Macron dimanche', classify)).toEqual(classify('votez Macron dimanche'));
    const long = `${filler(3 * CHUNK_LENGTH)} #MacronLeaks ${filler(CHUNK_LENGTH)}`;
    expect(classifyLong(long, classify)).toEqual(await classifyInChunks(long, classify));
  });

  it('stops with the abort error when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(classifyInChunks(filler(3 * CHUNK_LENGTH), classify, { signal: controller.signal })).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    );
  });

  it('bounds the work per task: where classifying is slow (dense matches), the next chunks are shorter', async () => {
    const lengths: number[] = [];
    // 1 ms per 400 characters: a full chunk would take 20 ms, over a frame.
    const slow = (text: string) => {
      lengths.push(text.length);
      const until = performance.now() + text.length / 400;
      while (performance.now() < until);
      return { categories: [], evidence: [] };
    };
    await classifyInChunks(filler(10 * CHUNK_LENGTH), slow);
    expect(lengths[0]).toBeLessThanOrEqual(CHUNK_LENGTH / 2 + 1);
    for (const length of lengths.slice(1, -1)) expect(length).toBeLessThanOrEqual(MIN_CHUNK_LENGTH + 600);
  });
});
