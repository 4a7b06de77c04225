/** Formatting helpers of src/lib/format.ts. */
import { describe, expect, it } from 'vitest';
import { addressParts } from '../../src/lib/format';

describe('addressParts', () => {
  it('cuts a web address after each dot and slash, losing nothing', () => {
    expect(addressParts('www.verbraucherzentrale.de')).toEqual(['www.', 'verbraucherzentrale.', 'de']);
    expect(addressParts('www.polizei.sachsen.de/de/praevention')).toEqual(['www.', 'polizei.', 'sachsen.', 'de/', 'de/', 'praevention']);
  });

  it('cuts an e-mail address after the @ too', () => {
    expect(addressParts('praevention@goerlitz.de')).toEqual(['praevention@', 'goerlitz.', 'de']);
  });

  it('leaves no empty part at the end and keeps a plain word whole', () => {
    expect(addressParts('goerlitz.de/')).toEqual(['goerlitz.', 'de/']);
    expect(addressParts('Kontakt')).toEqual(['Kontakt']);
  });
});
