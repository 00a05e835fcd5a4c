import { describe, expect, it } from 'vitest';
import { isUuid } from '../common/uuid.js';
import { MAX_REQUEST_ID_LENGTH, requestIdFrom } from './request-id.js';

describe('requestIdFrom', () => {
  it('keeps a short id of a safe charset', () => {
    expect(requestIdFrom('3f1c2a9e-0b7d-4c1e-9a55-1d2e3f4a5b6c')).toBe(
      '3f1c2a9e-0b7d-4c1e-9a55-1d2e3f4a5b6c',
    );
    expect(requestIdFrom('trace:abc.DEF_1')).toBe('trace:abc.DEF_1');
    expect(requestIdFrom('x'.repeat(MAX_REQUEST_ID_LENGTH))).toBe('x'.repeat(100));
  });

  it('replaces a missing, long or strange id with a new UUID', () => {
    for (const header of [
      undefined,
      '',
      'x'.repeat(MAX_REQUEST_ID_LENGTH + 1),
      'a'.repeat(1000),
      'two words',
      'line\nbreak',
      '"quoted"',
      'æøå',
    ]) {
      expect(isUuid(requestIdFrom(header)), JSON.stringify(header)).toBe(true);
    }
  });
});
