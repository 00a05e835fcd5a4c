/**
 * Production sign-in through an OpenID Connect provider (ID-porten, Entra ID …), configured at
 * build time. Without `VITE_OIDC_AUTHORITY` the OIDC button is not shown; the API decides which
 * issuers it trusts (its AUTH_* settings) and refuses development sign-in in production.
 */
export interface OidcConfig {
  authority: string;
  clientId: string;
  scope: string;
  redirectPath: string;
}

export function readOidcConfig(
  env: Record<string, string | boolean | undefined>,
): OidcConfig | null {
  const authority = env['VITE_OIDC_AUTHORITY'];
  const clientId = env['VITE_OIDC_CLIENT_ID'];
  if (typeof authority !== 'string' || !authority || typeof clientId !== 'string' || !clientId) {
    return null;
  }
  const scope = env['VITE_OIDC_SCOPE'];
  const redirectPath = env['VITE_OIDC_REDIRECT_PATH'];
  return {
    authority: authority.replace(/\/+$/, ''),
    clientId,
    scope: typeof scope === 'string' && scope ? scope : 'openid profile',
    redirectPath:
      typeof redirectPath === 'string' && redirectPath ? redirectPath : '/logg-inn/oidc',
  };
}

/** Whether this build offers the development sign-in (off with VITE_AUTH_MODE=oidc). */
export function devSignInEnabled(env: Record<string, string | boolean | undefined>): boolean {
  return env['VITE_AUTH_MODE'] !== 'oidc';
}

/** RFC 7636 S256 code challenge of a verifier. */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function randomVerifier(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The authorization request URL (code flow with PKCE). */
export function authorizationUrl(
  config: OidcConfig,
  authorizationEndpoint: string,
  params: { origin: string; state: string; challenge: string },
): string {
  const url = new URL(authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', `${params.origin}${config.redirectPath}`);
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('state', params.state);
  url.searchParams.set('code_challenge', params.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}
