import * as v from 'valibot';
import { pageRuntime } from './page-runtime.ts';
import { type BackgroundRequest, type ResponseOf, responseSchemaFor } from './messages.ts';

export class ProtocolError extends Error {}

/** Sends a request to the background and validates the reply before trusting it: the reply's type is its schema's. */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<ResponseOf[R['type']]> {
  const reply: unknown = await pageRuntime.runtime.sendMessage(request);
  const result = v.safeParse(responseSchemaFor<R['type']>(request.type), reply);
  if (!result.success) {
    throw new ProtocolError(`Unexpected reply to ${request.type}: ${result.issues[0]?.message ?? 'invalid'}`);
  }
  return result.output;
}
