import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  toName?: string;
  subject: string;
  text: string;
  /** The same on every attempt of one notice: a receiver can tell a repeat. */
  messageId: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends e-mail through the SMTP server the environment names (SMTP_URL). */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Bounded waits: a job never hangs on an SMTP server that stopped answering.
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      ...(url.username
        ? {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }
        : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  /** Sends one mail; resolves with the Message-ID once the server has accepted it. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      attachments: mail.attachments ?? [],
    });
    return info.messageId;
  }

  close(): void {
    this.transport.close();
  }
}
