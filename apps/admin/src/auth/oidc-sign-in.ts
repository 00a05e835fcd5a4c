import { authorizationUrl, codeChallenge, randomVerifier, type OidcConfig } from './oidc-config.js';

const VERIFIER_KEY = 'kompetansemidler.oidc.verifier';
const STATE_KEY = 'kompetansemidler.oidc.state';

/** Starts the authorization-code flow with PKCE: discovery, then a redirect to the provider. */
export async function startOidcSignIn(config: OidcConfig): Promise<void> {
  const discovery = (await (
    await fetch(`${config.authority}/.well-known/openid-configuration`)
  ).json()) as { authorization_endpoint: string };
  const verifier = randomVerifier();
  const state = randomVerifier(16);
  sessionStorage.setItem(VERIFIER_KEY, verifier);
  sessionStorage.setItem(STATE_KEY, state);
  window.location.assign(
    authorizationUrl(config, discovery.authorization_endpoint, {
      origin: window.location.origin,
      state,
      challenge: await codeChallenge(verifier),
    }),
  );
}

/** Finishes the flow on the redirect path: exchanges the code for an access token. */
export async function completeOidcSignIn(config: OidcConfig, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  const verifier = sessionStorage.getItem(VERIFIER_KEY);
  if (!code || !verifier || params.get('state') !== sessionStorage.getItem(STATE_KEY)) {
    throw new Error('The sign-in response does not match the request.');
  }
  sessionStorage.removeItem(VERIFIER_KEY);
  sessionStorage.removeItem(STATE_KEY);
  const discovery = (await (
    await fetch(`${config.authority}/.well-known/openid-configuration`)
  ).json()) as { token_endpoint: string };
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: config.clientId,
      redirect_uri: `${window.location.origin}${config.redirectPath}`,
    }),
  });
  if (!response.ok) throw new Error(`The token endpoint answered ${response.status}.`);
  const tokens = (await response.json()) as { access_token?: string };
  if (!tokens.access_token) throw new Error('The token endpoint sent no access token.');
  return tokens.access_token;
}
