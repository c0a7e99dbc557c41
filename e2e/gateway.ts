/**
 * A reverse proxy on loopback in front of a running `mot serve`, as a company puts nginx in front of it. When
 * its upstream is marked down it answers 502 Bad Gateway to every API request, as nginx does when the server
 * has stopped, while the browser keeps the app it already loaded. Used to show the page for a server that is
 * down without intercepting the browser's requests.
 */
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running gateway: its URL, a switch for its upstream, and how to stop it. */
export type TGateway = { url: string; setDown(down: boolean): void; stop(): Promise<void> };

/** Starts a gateway to `upstream` (an http://host:port URL) on a free loopback port. */
export async function startGateway(upstream: string): Promise<TGateway> {
  const target = new URL(upstream);
  let down = false;
  const server: Server = createServer((incoming, outgoing) => {
    if (down && incoming.url?.startsWith('/api/')) {
      outgoing.writeHead(502, { 'content-type': 'text/html', connection: 'close' });
      outgoing.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { connection: 'close' });
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    setDown: (value) => {
      down = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
