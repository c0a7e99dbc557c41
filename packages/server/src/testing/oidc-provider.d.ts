/**
 * The part of `oidc-provider` (which ships no types) that the OpenID Connect sign-in test uses: a provider
 * with clients, accounts and claims, served as a Node request listener.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** A person the provider signs in, with the claims it releases about them. */
  export type TAccount = { accountId: string; claims(): Record<string, unknown> };

  /** The provider's configuration (only the fields the test sets). */
  export type TConfiguration = {
    clients?: Array<Record<string, unknown>>;
    findAccount?: (context: unknown, sub: string) => TAccount | undefined | Promise<TAccount | undefined>;
    claims?: Record<string, string[]>;
    cookies?: { keys: string[] };
    features?: Record<string, unknown>;
  };

  /** An OpenID Connect provider (a Koa application). */
  export default class Provider {
    constructor(issuer: string, configuration?: TConfiguration);
    /** A request listener for `http.createServer`. */
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
