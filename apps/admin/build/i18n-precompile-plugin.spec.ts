import { compile, createCoreContext, translate } from '@intlify/core-base';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { compileMessage, precompileMessages } from './i18n-precompile-plugin.js';

/** What vue-i18n's runtime says for a precompiled message, as the admin's bundle runs it. */
function say(source: string, ...args: unknown[]): string {
  const code = `export const nb = ${source};`;
  const rewritten = precompileMessages(code, parseAst(code) as never, 'test')!;
  const messages = JSON.parse(rewritten.slice('export const nb = '.length, -1)) as Record<
    string,
    unknown
  >;
  const context = createCoreContext({
    locale: 'nb',
    messages: { nb: messages },
    messageCompiler: compile,
  } as never);
  const run = translate as unknown as (c: unknown, key: string, ...a: unknown[]) => unknown;
  return run(context, 'm', ...args) as string;
}

describe('the nb texts compiled at build time', () => {
  it('replaces each message by an AST the runtime formats: text, placeholders, plurals', () => {
    expect(say('{ "m": "Hopp til hovedinnholdet" }')).toBe('Hopp til hovedinnholdet');
    expect(say('{ "m": "Innlogget som {name}" }', { name: 'Kari' })).toBe('Innlogget som Kari');
    expect(say('{ "m": "i dag | i morgen | om {n} dager" }', 5)).toBe('om 5 dager');
    expect(say('{ "m": "Ingen problemer | 1 problem | {n} problemer" }', 1)).toBe('1 problem');
  });

  it('leaves keys, types and other code alone and fails on a message that does not compile', () => {
    const code = "const a = { title: 'Tittel', nested: { b: 'B' } }; const n = 1;";
    const out = precompileMessages(code, parseAst(code) as never, 'test')!;
    expect(out).toContain('title: {');
    expect(out).toContain('nested: { b: {');
    expect(out).toContain('const n = 1;');
    expect(() => compileMessage('Uavsluttet {navn', 'test')).toThrow(/does not compile/);
  });
});
