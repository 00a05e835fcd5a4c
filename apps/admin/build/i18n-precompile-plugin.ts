import { baseCompile } from '@intlify/message-compiler';
import type { Plugin } from 'vite';

/** A node of the ESTree the bundler parses modules into (only what the walk reads). */
interface Node {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  [key: string]: unknown;
}

/** A message as vue-i18n's runtime reads it without its compiler: the compiled AST, as JSON. */
export function compileMessage(message: string, where: string): string {
  const errors: string[] = [];
  const { ast } = baseCompile(message, {
    jit: true,
    location: false,
    minify: true,
    onError: (error) => errors.push(error.message),
  });
  if (errors.length > 0) {
    throw new Error(`The message «${message}» (${where}) does not compile: ${errors.join('; ')}`);
  }
  return JSON.stringify(ast);
}

function children(node: Node): Node[] {
  return Object.values(node).flatMap((value) =>
    Array.isArray(value)
      ? value.filter((v): v is Node => !!v && typeof v === 'object' && 'type' in v)
      : value && typeof value === 'object' && 'type' in value
        ? [value as Node]
        : [],
  );
}

/**
 * Replaces every string that is a property's value in a message module (the nb texts) by its
 * compiled AST. Returns null when nothing was replaced.
 */
export function precompileMessages(code: string, program: Node, where: string): string | null {
  const replacements: { start: number; end: number; text: string }[] = [];
  const walk = (node: Node) => {
    if (node.type === 'Property') {
      const value = node['value'] as Node;
      if (value.type === 'Literal' && typeof value.value === 'string') {
        replacements.push({
          start: value.start,
          end: value.end,
          text: compileMessage(value.value, where),
        });
        return;
      }
    }
    for (const child of children(node)) walk(child);
  };
  walk(program);
  if (replacements.length === 0) return null;
  let out = '';
  let at = 0;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + code.slice(at);
}

/**
 * The admin's Norwegian texts compiled at build time, so the first page load carries vue-i18n
 * without its message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`): every message of
 * `src/i18n/nb*.ts` becomes the AST the runtime formats. Unit tests keep the compiler (they do
 * not use this plugin); a message that does not compile fails the build.
 */
export function i18nPrecompilePlugin(): Plugin {
  return {
    name: 'kompetansemidler:i18n-precompile',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (!/[\\/]src[\\/]i18n[\\/]nb[\w-]*\.ts$/.test(file) || file.endsWith('.spec.ts')) {
        return null;
      }
      const program = this.parse(code) as unknown as Node;
      const rewritten = precompileMessages(code, program, file);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
