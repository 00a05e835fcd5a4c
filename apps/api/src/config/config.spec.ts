import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopback, loadConfig } from './config.js';

const AUTH = { AUTH_ISSUER: 'https://idp.example', AUTH_JWKS_URL: 'https://idp.example/jwks' };

describe('safe defaults', () => {
  it('with NODE_ENV unset and nothing asked, hands out no development tokens', () => {
    const config = loadConfig({});
    expect(config.environment).toBe('development');
    expect(config.auth.devSigningKeyFile).toBeUndefined();
  });

  it('signs in for development when asked, on a loopback address with the embedded database', () => {
    for (const flag of ['on', 'true', '1', 'auto']) {
      expect(loadConfig({ DEV_SIGN_IN: flag }).auth.devSigningKeyFile, flag).toMatch(
        /dev-signing-key\.json$/,
      );
    }
    expect(
      loadConfig({ DEV_SIGN_IN: 'on', HOST: 'localhost' }).auth.devSigningKeyFile,
    ).toBeDefined();
    for (const flag of ['off', 'false', '0']) {
      expect(loadConfig({ DEV_SIGN_IN: flag }).auth.devSigningKeyFile, flag).toBeUndefined();
    }
  });

  it('with a DATABASE_URL, only when asked for explicitly and with that database on this machine', () => {
    const local = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };
    // `auto` (npm start) is for the embedded database alone.
    expect(loadConfig({ ...local, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile).toBeUndefined();
    expect(loadConfig({ ...local }).auth.devSigningKeyFile).toBeUndefined();
    // Explicitly on, as the tests and the benches ask: a database on this machine only.
    expect(loadConfig({ ...local, DEV_SIGN_IN: 'on' }).auth.devSigningKeyFile).toBeDefined();
    expect(
      loadConfig({ DATABASE_URL: 'postgres://postgres@localhost/x', DEV_SIGN_IN: 'true' }).auth
        .devSigningKeyFile,
    ).toBeDefined();
    const remote = { DATABASE_URL: 'postgres://app@db.example:5432/grants' };
    expect(loadConfig({ ...remote, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile).toBeUndefined();
    for (const flag of ['on', 'true', '1']) {
      expect(() => loadConfig({ ...remote, DEV_SIGN_IN: flag }), flag).toThrow(
        new RegExp(`DEV_SIGN_IN=${flag} .* DATABASE_URL is not on this machine`),
      );
    }
    // A Unix socket (no host in the URL) is not taken for this machine.
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres:///grants?host=/run/postgresql', DEV_SIGN_IN: 'on' }),
    ).toThrow(/DATABASE_URL is not on this machine/);
  });

  it('`auto` turns it off where it is not allowed; `on` refuses to start there', () => {
    const exposed = { HOST: '0.0.0.0', ...AUTH };
    expect(loadConfig({ ...exposed, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile).toBeUndefined();
    expect(() => loadConfig({ ...exposed, DEV_SIGN_IN: 'on' })).toThrow(
      /DEV_SIGN_IN=on .* HOST=0\.0\.0\.0 is not a loopback address/,
    );
    expect(() =>
      loadConfig({ ...exposed, DEV_SIGN_IN: 'true', DATABASE_URL: 'postgres://a@10.0.0.2/x' }),
    ).toThrow(/HOST=0\.0\.0\.0 is not a loopback address, DATABASE_URL is not on this machine/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...AUTH, DEV_SIGN_IN: 'on' })).toThrow(
      /NODE_ENV=production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...AUTH, DEV_SIGN_IN: 'true' })).toThrow(
      ConfigError,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', ...AUTH, DEV_SIGN_IN: 'auto' }).auth.devSigningKeyFile,
    ).toBeUndefined();
    expect(() => loadConfig({ DEV_SIGN_IN: 'yes' })).toThrow(/DEV_SIGN_IN/);
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
