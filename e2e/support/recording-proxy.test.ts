/**
 * The recording proxy outlives browsers that are killed mid-connection (the
 * Firefox harness ends its process group on close): a reset socket must end
 * its own exchange, not throw in the test runner's process (CI failed once
 * with an uncaught `read ECONNRESET` from a CONNECT socket).
 */
import { type Socket, connect } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { type RecordingProxy, startRecordingProxy } from './recording-proxy.ts';

let proxy: RecordingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** Opens a connection, writes `request`, and resets it once the proxy has seen the request. */
async function sendAndReset(port: number, request: string, seen: Promise<void>): Promise<void> {
  const socket: Socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write(request);
  await seen;
  socket.resetAndDestroy();
}

/** Runs `body` and collects what escapes as an uncaught exception while it runs and shortly after. */
async function uncaughtDuring(body: () => Promise<void>): Promise<Error[]> {
  const escaped: Error[] = [];
  const record = (error: Error): void => void escaped.push(error);
  const vitestListeners = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', record);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('uncaughtException', record);
    for (const listener of vitestListeners) process.on('uncaughtException', listener);
  }
  return escaped;
}

test('a browser resetting its HTTPS tunnels (CONNECT) throws nothing, and the proxy goes on recording', async () => {
  const requests: string[] = [];
  let seen: () => void = () => undefined;
  proxy = await startRecordingProxy((request) => {
    requests.push(request);
    seen();
  });
  const { port } = proxy;
  const escaped = await uncaughtDuring(async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const wasSeen = new Promise<void>((resolve) => (seen = resolve));
      await sendAndReset(port, 'CONNECT firefox.settings.services.mozilla.com:443 HTTP/1.1\r\nHost: x\r\n\r\n', wasSeen);
    }
  });
  expect(escaped.map((error) => error.message)).toEqual([]);
  expect(requests).toHaveLength(10);
  const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'GET' }).then((answer) => answer.status);
  expect(response).toBe(400);
});
