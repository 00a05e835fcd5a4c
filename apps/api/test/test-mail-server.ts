import {
  startLocalSmtpServer,
  type ReceivedMail,
} from '../src/modules/notice/local-smtp-server.js';

/** A mail as the tests read it: headers decoded, the PDF attachment's bytes. */
export interface TestMail {
  to: string[];
  subject: string;
  messageId: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  raw: string;
}

export interface TestMailServer {
  url: string;
  mails: TestMail[];
  /** Resolves when at least `count` mails are in (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<TestMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the project's local one) that keeps what it receives for the tests.
 * `beforeAccept` runs before a mail is accepted: throwing refuses it (the sender sees an error),
 * and it may wait (a slow server).
 */
export async function startTestMailServer(
  options: { beforeAccept?: (mail: TestMail, index: number) => Promise<void> } = {},
): Promise<TestMailServer> {
  const mails: TestMail[] = [];
  let seen = 0;
  const server = await startLocalSmtpServer({
    onMail: async (received: ReceivedMail) => {
      const mail = parseMail(received);
      const index = seen++;
      await options.beforeAccept?.(mail, index);
      mails.push(mail);
    },
  });
  return {
    url: server.url,
    mails,
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > until) {
          throw new Error(`expected ${count} mails, got ${mails.length} in ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return mails;
    },
    close: () => server.close(),
  };
}

/** Just enough MIME for the tests: headers (RFC 2047 words decoded), text, attachments. */
export function parseMail(received: ReceivedMail): TestMail {
  const raw = received.raw.replace(/\r\n/g, '\n');
  const { headers, body } = splitPart(raw);
  const parts: { headers: Map<string, string>; body: string }[] = [];
  const collect = (h: Map<string, string>, b: string) => {
    const boundary = /boundary="?([^";]+)"?/i.exec(h.get('content-type') ?? '')?.[1];
    if (!boundary) {
      parts.push({ headers: h, body: b });
      return;
    }
    for (const chunk of b.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = splitPart(chunk.replace(/^\n/, ''));
      collect(part.headers, part.body);
    }
  };
  collect(headers, body);
  const decodeBody = (p: { headers: Map<string, string>; body: string }) => {
    const encoding = (p.headers.get('content-transfer-encoding') ?? '').toLowerCase();
    if (encoding === 'base64') return Buffer.from(p.body.replace(/\s+/g, ''), 'base64');
    if (encoding === 'quoted-printable') {
      return Buffer.from(
        p.body
          .replace(/=\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      );
    }
    return Buffer.from(p.body, 'utf8');
  };
  const textPart = parts.find((p) =>
    (p.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'),
  );
  return {
    to: received.to,
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: textPart ? decodeBody(textPart).toString('utf8') : '',
    attachments: parts
      .filter((p) => /attachment/i.test(p.headers.get('content-disposition') ?? ''))
      .map((p) => ({
        filename:
          /filename="?([^";]+)"?/i.exec(p.headers.get('content-disposition') ?? '')?.[1] ?? '',
        contentType: (p.headers.get('content-type') ?? '').split(';')[0]!.trim(),
        content: decodeBody(p),
      })),
    raw: received.raw,
  };
}

function splitPart(text: string): { headers: Map<string, string>; body: string } {
  const end = text.indexOf('\n\n');
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : text.slice(end + 2) };
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) as text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
      (_, _charset: string, kind: string, data: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            ).toString('utf8'),
    );
}
