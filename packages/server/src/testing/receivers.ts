// Real receivers on loopback for the notification tests: an HTTP server that records every request and
// answers as the test says, and an SMTP server that records every message.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A request as a receiver got it. */
export type TReceived = {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
};

/** What a receiver answers: a status and a JSON body. */
export type TAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

/** An HTTP receiver on 127.0.0.1. */
export type TReceiver = {
  url: string;
  port: number;
  received: TReceived[];
  /** Decides the answer to each request (default 200 `{}`); may delay or never answer. */
  answer: (request: TReceived) => TAnswer | Promise<TAnswer>;
  /** Stops listening (connections refused until start()). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
};

/** Starts an HTTP receiver on a free loopback port (or the port given). */
export async function startReceiver(port = 0): Promise<TReceiver> {
  const receiver: TReceiver = {
    url: '',
    port,
    received: [],
    answer: () => ({ status: 200, body: {} }),
    stop: async () => undefined,
    start: async () => undefined,
    close: async () => undefined,
  };
  let server: http.Server | undefined;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const got: TReceived = {
            method: req.method ?? '',
            url: req.url ?? '',
            headers: req.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            at: Date.now(),
          };
          receiver.received.push(got);
          void Promise.resolve(receiver.answer(got)).then(
            (a) => {
              res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
              res.end(JSON.stringify(a.body ?? {}));
            },
            () => res.destroy(),
          );
        });
      });
      s.once('error', reject);
      s.listen(receiver.port, '127.0.0.1', () => {
        receiver.port = (s.address() as AddressInfo).port;
        receiver.url = `http://127.0.0.1:${receiver.port}`;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = undefined;
      if (!s) return resolve();
      s.close(() => resolve());
      s.closeAllConnections();
    });
  receiver.start = listen;
  receiver.stop = stop;
  receiver.close = stop;
  await listen();
  return receiver;
}

/** A message the SMTP receiver got. */
export type TMail = { from: string; to: string[]; raw: string };

/** Starts an SMTP server on a free loopback port (plain, no STARTTLS, any login accepted). */
export async function startSmtpReceiver(): Promise<{
  port: number;
  mails: TMail[];
  logins: Array<{ username: string; password: string }>;
  close(): Promise<void>;
}> {
  const mails: TMail[] = [];
  const logins: Array<{ username: string; password: string }> = [];
  const server = new SMTPServer({
    hideSTARTTLS: true,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve((server.server.address() as AddressInfo).port);
    });
  });
  return {
    port,
    mails,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
