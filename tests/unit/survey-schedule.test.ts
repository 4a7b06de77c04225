// Where a wave stands: the boundaries are those of the database (closesAt is already closed).
import { describe, expect, it } from 'vitest';
import { resultsPublic, waveState } from '../../src/lib/survey/schedule';
import { formatLocalDate } from '../../src/lib/format';

const wave = { opensAt: '2027-03-01T00:00:00+01:00', closesAt: '2027-04-01T00:00:00+02:00', resultsAfterClose: true };

describe('wave schedule', () => {
  it('is upcoming, open and closed at the exact boundaries', () => {
    expect(waveState(wave, new Date('2027-02-28T22:59:59Z'))).toBe('upcoming');
    expect(waveState(wave, new Date('2027-02-28T23:00:00Z'))).toBe('open');
    expect(waveState(wave, new Date('2027-03-31T21:59:59Z'))).toBe('open');
    expect(waveState(wave, new Date('2027-03-31T22:00:00Z'))).toBe('closed');
  });

  it('publishes results after closing, or while open when the wave allows it', () => {
    const during = new Date('2027-03-15T12:00:00Z');
    expect(resultsPublic(wave, during)).toBe(false);
    expect(resultsPublic({ ...wave, resultsAfterClose: false }, during)).toBe(true);
    expect(resultsPublic({ ...wave, resultsAfterClose: false }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(resultsPublic(wave, new Date('2027-04-02T00:00:00Z'))).toBe(true);
  });

  it('names days as they are in Görlitz, not in UTC', () => {
    expect(formatLocalDate(new Date(wave.opensAt), 'de')).toBe('1. März 2027');
    expect(formatLocalDate(new Date(Date.parse(wave.closesAt) - 1), 'de')).toBe('31. März 2027');
  });
});
