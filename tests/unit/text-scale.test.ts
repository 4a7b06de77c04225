/** The reader's text scale of src/lib/text-scale.ts. */
import { describe, expect, it } from 'vitest';
import { fittedTextScale, readerTextScale } from '../../src/lib/text-scale';

describe('readerTextScale', () => {
  it('is the root font size against the default 16 px', () => {
    expect(readerTextScale('16px')).toBe(1);
    expect(readerTextScale('32px')).toBe(2);
    expect(readerTextScale('20px')).toBe(1.25);
  });

  it('is 1 when the size cannot be read', () => {
    expect(readerTextScale('')).toBe(1);
    expect(readerTextScale('0px')).toBe(1);
  });
});

describe('fittedTextScale', () => {
  it('follows the reader where the area is wide enough', () => {
    expect(fittedTextScale(2, 1000, 320)).toBe(2);
    expect(fittedTextScale(1.25, 640, 320)).toBe(1.25);
  });

  it('stops where the area runs out of room', () => {
    expect(fittedTextScale(2, 480, 320)).toBe(1.5);
  });

  it('never goes below the default size, also for readers with smaller text', () => {
    expect(fittedTextScale(2, 240, 320)).toBe(1);
    expect(fittedTextScale(0.875, 1000, 320)).toBe(1);
  });
});
