import { afterEach, describe, expect, it, vi } from 'vitest';
import { authHeaders, onTokenChange, readToken, writeToken } from './session-store.js';

afterEach(() => writeToken(null));

describe('session store', () => {
  it('keeps the token in sessionStorage and sends it as a bearer header', () => {
    expect(authHeaders()).toEqual({});
    writeToken('abc.def');
    expect(sessionStorage.getItem('kompetansemidler.token')).toBe('abc.def');
    expect(readToken()).toBe('abc.def');
    expect(authHeaders()).toEqual({ authorization: 'Bearer abc.def' });
  });

  it('forgets the token on sign-out and tells listeners', () => {
    const listener = vi.fn();
    const stop = onTokenChange(listener);
    writeToken('t1');
    writeToken(null);
    stop();
    writeToken('t2');
    expect(listener.mock.calls).toEqual([['t1'], [null]]);
    expect(readToken()).toBe('t2');
  });
});
