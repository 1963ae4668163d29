/**
 * An HTTP proxy that reports every request a browser makes through it and
 * answers none but those for the fixture server: with the browser's proxy set
 * to it for every host, localhost included, each network request of the
 * pages, the content script, the popup and the background passes here, in
 * Chromium and Firefox alike, whatever the automation protocol reports
 * (Firefox's WebDriver BiDi does not report an extension background's).
 * HTTPS shows up as `CONNECT host:port`, which is refused.
 *
 * A browser that is killed, or that drops a connection it no longer needs,
 * resets its sockets: each socket and stream here handles its own errors, so
 * a reset ends that one exchange instead of throwing in the test's process.
 */
import { type IncomingMessage, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURES_PORT } from './serve.ts';

export interface RecordingProxy {
  readonly port: number;
  close(): Promise<void>;
}

/** `report` gets each request seen: a URL for HTTP, `CONNECT host:port` for HTTPS. */
export async function startRecordingProxy(report: (request: string) => void): Promise<RecordingProxy> {
  // The fixture server, under any name that resolves to this machine (grant.localhost is a site the manifest does not list).
  const isFixtureHost = (target: URL): boolean =>
    target.port === String(FIXTURES_PORT) && (target.hostname === '127.0.0.1' || target.hostname === 'localhost' || target.hostname.endsWith('.localhost'));
  const server = createServer((incoming: IncomingMessage, outgoing) => {
    incoming.on('error', () => outgoing.destroy());
    outgoing.on('error', () => incoming.destroy());
    const url = incoming.url ?? '';
    report(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (!isFixtureHost(target)) {
      outgoing.writeHead(502).end('blocked by the e2e recording proxy');
      return;
    }
    const forwarded = httpRequest(
      { host: '127.0.0.1', port: FIXTURES_PORT, path: `${target.pathname}${target.search}`, method: incoming.method, headers: incoming.headers },
      (response) => {
        response.on('error', () => outgoing.destroy());
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (outgoing.headersSent) outgoing.destroy();
      else outgoing.writeHead(502).end();
    });
    incoming.pipe(forwarded);
  });
  server.on('connect', (incoming: IncomingMessage, socket) => {
    // Node takes its own error handler off a CONNECT socket: without this one a reset throws.
    socket.on('error', () => socket.destroy());
    report(`CONNECT ${incoming.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
