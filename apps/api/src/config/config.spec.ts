import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopback, loadConfig } from './config.js';

const AUTH = { AUTH_ISSUER: 'https://idp.example', AUTH_JWKS_URL: 'https://idp.example/jwks' };

describe('safe defaults', () => {
  it('with NODE_ENV unset and nothing asked, hands out no development tokens', () => {
    const config = loadConfig({});
    expect(config.environment).toBe('development');
    expect(config.auth.devSigningKeyFile).toBeUndefined();
  });

  it('signs in for development when asked, on a loopback address with a local database', () => {
    expect(loadConfig({ DEV_SIGN_IN: 'true' }).auth.devSigningKeyFile).toMatch(
      /dev-signing-key\.json$/,
    );
    expect(
      loadConfig({ DEV_SIGN_IN: 'auto', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' }).auth
        .devSigningKeyFile,
    ).toBeDefined();
  });

  it('`auto` (npm start) turns it off where it is not allowed; `true` refuses to start there', () => {
    const exposed = { HOST: '0.0.0.0', ...AUTH };
    expect(loadConfig({ ...exposed, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile).toBeUndefined();
    expect(() => loadConfig({ ...exposed, DEV_SIGN_IN: 'true' })).toThrow(
      /DEV_SIGN_IN=true .* HOST=0\.0\.0\.0 is not a loopback address/,
    );
    const remote = { DATABASE_URL: 'postgres://app@db.example:5432/grants' };
    expect(loadConfig({ ...remote, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile).toBeUndefined();
    expect(() => loadConfig({ ...remote, DEV_SIGN_IN: 'true' })).toThrow(
      /DATABASE_URL is not on this machine/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...AUTH, DEV_SIGN_IN: 'true' })).toThrow(
      ConfigError,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', ...AUTH, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile,
    ).toBeUndefined();
  });

  it('refuses to listen beyond this machine without an identity provider', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST=0\.0\.0\.0 is reachable/);
    expect(() => loadConfig({ HOST: '10.0.0.5', AUTH_ISSUER: 'https://idp.example' })).toThrow(
      ConfigError,
    );
    expect(loadConfig({ HOST: '0.0.0.0', ...AUTH }).host).toBe('0.0.0.0');
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(isLoopback(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.org']) {
      expect(isLoopback(host), host).toBe(false);
    }
  });

  it('reads the CSP’s extra origins and the proxy setting', () => {
    const config = loadConfig({
      CSP_CONNECT_SRC: 'https://login.example/realms/x, https://other.example',
      TRUST_PROXY: '1',
    });
    expect(config.connectSources).toEqual(['https://login.example', 'https://other.example']);
    expect(config.trustProxy).toBe(1);
  });
});

describe('notices by e-mail', () => {
  it('takes SMTP_URL as it is, or builds it from SMTP_HOST and its companions', () => {
    expect(loadConfig({}).notices).toMatchObject({ enabled: true, smtpUrl: undefined });
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@smtp.example:465' }).notices.smtpUrl).toBe(
      'smtps://u:p@smtp.example:465',
    );
    expect(
      loadConfig({ SMTP_HOST: 'smtp.example', SMTP_USER: 'kontor@x.no', SMTP_PASSWORD: 'p@ss:1' })
        .notices.smtpUrl,
    ).toBe('smtp://kontor%40x.no:p%40ss%3A1@smtp.example:587');
    expect(loadConfig({ SMTP_HOST: 'smtp.example', SMTP_PORT: '465' }).notices.smtpUrl).toBe(
      'smtps://smtp.example:465',
    );
  });

  it('refuses an SMTP URL of another scheme, and both forms at once', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example' })).toThrow(/SMTP_URL/);
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://smtp.example:25', SMTP_HOST: 'smtp.example' }),
    ).toThrow(/SMTP_URL or SMTP_HOST, not both/);
    expect(() => loadConfig({ NOTICE_REMINDER_DAYS: '0' })).toThrow(/NOTICE_REMINDER_DAYS/);
  });
});
