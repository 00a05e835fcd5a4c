// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  authorizationUrl,
  codeChallenge,
  devSignInEnabled,
  readOidcConfig,
} from './oidc-config.js';

describe('OIDC configuration', () => {
  it('is off without an authority and a client id', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ VITE_OIDC_AUTHORITY: 'https://idp.example' })).toBeNull();
  });

  it('reads the authority, client, scope and redirect path', () => {
    expect(
      readOidcConfig({
        VITE_OIDC_AUTHORITY: 'https://idp.example/',
        VITE_OIDC_CLIENT_ID: 'kompetansemidler-admin',
      }),
    ).toEqual({
      authority: 'https://idp.example',
      clientId: 'kompetansemidler-admin',
      scope: 'openid profile',
      redirectPath: '/logg-inn/oidc',
    });
  });

  it('offers development sign-in unless the build says oidc', () => {
    expect(devSignInEnabled({})).toBe(true);
    expect(devSignInEnabled({ VITE_AUTH_MODE: 'oidc' })).toBe(false);
  });

  it('computes the RFC 7636 example challenge', async () => {
    // RFC 7636, appendix B.
    await expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('builds a code-flow authorization URL with PKCE', () => {
    const config = readOidcConfig({
      VITE_OIDC_AUTHORITY: 'https://idp',
      VITE_OIDC_CLIENT_ID: 'c',
    })!;
    const url = new URL(
      authorizationUrl(config, 'https://idp/authorize', {
        origin: 'https://admin.example',
        state: 's1',
        challenge: 'ch',
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'c',
      redirect_uri: 'https://admin.example/logg-inn/oidc',
      scope: 'openid profile',
      state: 's1',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });
});
