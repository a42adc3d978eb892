import { describe, expect, it } from 'vitest';
import { actionKey } from '../src/api/action-key.ts';
import { apiClient } from '../src/api/api-client.ts';
import { ApiError, errorsByField, fieldOf, SERVER_UNREACHABLE } from '../src/api/api-error.ts';

interface Sent {
  readonly url: string;
  readonly method: string | undefined;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** A client whose fetch answers `reply` (or throws it) and records what was sent. */
function clientAnswering(reply: Response | Error, token?: string) {
  const sent: Sent[] = [];
  let sessionsEnded = 0;
  const api = apiClient({
    baseUrl: 'http://store.test/api',
    token: () => token,
    onSessionEnded: () => {
      sessionsEnded++;
    },
    fetch: async (url, init) => {
      sent.push({
        url: String(url),
        method: init?.method,
        headers: init?.headers as Record<string, string>,
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
      });
      if (reply instanceof Error) throw reply;
      return reply;
    },
  });
  return { api, sent, sessionsEnded: () => sessionsEnded };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const failed = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call succeeded'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(ApiError);
      return error as ApiError;
    },
  );

describe("the POS's client of the store API", () => {
  it("sends the session's token as Bearer, and a POST's body as JSON with the action's Idempotency-Key", async () => {
    const { api, sent } = clientAnswering(json(201, { id: 'cart-1' }), 'token-1');
    expect(await api.post('/carts', { lines: [] }, 'key-0001')).toEqual({ id: 'cart-1' });
    expect(sent).toEqual([
      {
        url: 'http://store.test/api/carts',
        method: 'POST',
        headers: {
          accept: 'application/json',
          authorization: 'Bearer token-1',
          'content-type': 'application/json',
          'idempotency-key': 'key-0001',
        },
        body: { lines: [] },
      },
    ]);
  });

  it('answers undefined for 204 No Content', async () => {
    const { api } = clientAnswering(new Response(null, { status: 204 }), 'token-1');
    expect(await api.delete('/sessions/current')).toBeUndefined();
  });

  it('reads a refusal into status, code, message, field and rule, with the details a translation names', async () => {
    const { api } = clientAnswering(
      json(429, {
        code: 'TOO_MANY_ATTEMPTS',
        message: '5 wrong passwords for staff S01-cashier within 5 minutes',
        field: 'password',
        rule: 'R-SEC-1',
        details: { failures: 5, minutes: 5 },
      }),
    );
    const error = await failed(api.post('/sessions', {}, 'key-0001'));
    expect(error).toMatchObject({
      status: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: '5 wrong passwords for staff S01-cashier within 5 minutes',
      field: 'password',
      rule: 'R-SEC-1',
      details: { failures: 5, minutes: 5 },
    });
  });

  it("makes an error of a reply that is not Kassa's (a proxy's page), and of a store that does not answer", async () => {
    const proxy = clientAnswering(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(await failed(proxy.api.get('/status'))).toMatchObject({ status: 502, code: 'HTTP_502' });
    const down = clientAnswering(new TypeError('fetch failed'));
    expect(await failed(down.api.get('/status'))).toMatchObject({ status: 0, code: SERVER_UNREACHABLE });
  });

  it('R-SEC-1: a 401 to a signed-in call ends the session on the register; a refused sign-in does not', async () => {
    const unauthorized = json(401, {
      code: 'UNAUTHORIZED',
      message: 'the session expired',
      field: 'authorization',
    });
    const signedIn = clientAnswering(unauthorized.clone(), 'token-1');
    await failed(signedIn.api.get('/status'));
    expect(signedIn.sessionsEnded()).toBe(1);
    const signingIn = clientAnswering(unauthorized.clone());
    await failed(signingIn.api.post('/sessions', {}, 'key-0001'));
    expect(signingIn.sessionsEnded()).toBe(0);
  });

  it("R-SEC-2: a 401 for a manager override's wrong password leaves the associate signed in", async () => {
    const wrongManager = clientAnswering(
      json(401, { code: 'UNAUTHORIZED', message: 'wrong staff id or password', field: 'managerOverride' }),
      'token-1',
    );
    const error = await failed(wrongManager.api.post('/carts/c-1/changes', {}, 'key-0002'));
    expect(error).toMatchObject({ status: 401, field: 'managerOverride' });
    expect(wrongManager.sessionsEnded()).toBe(0);
  });

  it("reads a page the store renders as text (a receipt's HTML), with the session's token", async () => {
    const { api, sent } = clientAnswering(
      new Response('<html>Bon</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      'token-1',
    );
    expect(await api.getText('/receipts/r-1/html?language=nl')).toBe('<html>Bon</html>');
    expect(sent[0]?.headers).toMatchObject({ authorization: 'Bearer token-1', accept: 'text/html' });
  });

  it('places an error at the field of the form it names, or above the form when it names none of them', () => {
    const wrongPassword = new ApiError(401, { code: 'UNAUTHORIZED', message: 'wrong', field: 'password' });
    const fields = ['staffId', 'password', 'registerId'] as const;
    expect(fieldOf(wrongPassword, fields)).toBe('password');
    expect(fieldOf(new ApiError(400, { code: 'X', message: 'x', field: 'body' }), fields)).toBeUndefined();
    expect(fieldOf(new ApiError(0, { code: SERVER_UNREACHABLE, message: 'down' }), fields)).toBeUndefined();
  });
});

describe('the Idempotency-Key of a user action', () => {
  let made = 0;
  const keys = () => actionKey(() => `key-${++made}`);

  it('is made once and sent again when the same request is retried, until it succeeded', () => {
    const key = keys();
    const first = key.for({ staffId: 'S01-cashier' });
    expect(key.for({ staffId: 'S01-cashier' })).toBe(first);
    key.succeeded();
    expect(key.for({ staffId: 'S01-cashier' })).not.toBe(first);
  });

  it('is new when the request changed: the store refuses a key sent with another request', () => {
    const key = keys();
    const first = key.for({ quantity: 1 });
    const second = key.for({ quantity: 2 });
    expect(second).not.toBe(first);
    expect(key.for({ quantity: 2 })).toBe(second);
  });
});

describe('errorsByField: each field an error names, as an error of its own', () => {
  const error = new ApiError(422, {
    code: 'INVALID_PARAMETER',
    message: 'a must be a percentage; b must be an existing charge code',
    field: 'a',
    details: { a: 'a must be a percentage', b: 'b must be an existing charge code' },
  });

  it('gives every field the details name its own reason, and no other field anything', () => {
    expect(errorsByField(error, ['a', 'b', 'c'])).toEqual({
      a: { code: 'INVALID_PARAMETER', field: 'a', message: 'a must be a percentage', details: {} },
      b: { code: 'INVALID_PARAMETER', field: 'b', message: 'b must be an existing charge code', details: {} },
    });
  });

  it('gives the field an error names without details the error itself, and nothing for no error', () => {
    const single = new ApiError(401, { code: 'UNAUTHORIZED', message: 'wrong password', field: 'password' });
    expect(errorsByField(single, ['staffId', 'password'])).toEqual({ password: single });
    expect(errorsByField(null, ['password'])).toEqual({});
  });
});

describe("the back office's PUT", () => {
  it('sends the whole resource as JSON with the token and no Idempotency-Key: doing it twice is doing it once', async () => {
    const { api, sent } = clientAnswering(json(200, { defaultDepositPercent: 25 }), 'token-2');
    expect(await api.put('/commerce-parameters', { defaultDepositPercent: 25 })).toEqual({
      defaultDepositPercent: 25,
    });
    expect(sent).toEqual([
      {
        url: 'http://store.test/api/commerce-parameters',
        method: 'PUT',
        headers: {
          accept: 'application/json',
          authorization: 'Bearer token-2',
          'content-type': 'application/json',
        },
        body: { defaultDepositPercent: 25 },
      },
    ]);
  });

  it('creates only with If-None-Match: *, and reads the 412 of an existing key like any refusal', async () => {
    const taken = json(412, {
      code: 'KEY_TAKEN',
      message: 'charge code code SHIP exists already',
      field: 'code',
      details: { key: 'SHIP' },
    });
    const { api, sent } = clientAnswering(taken, 'token-2');
    const error = await failed(api.put('/charge-codes/SHIP', { code: 'SHIP' }, { ifNoneMatch: '*' }));
    expect(sent[0]?.headers).toEqual({
      accept: 'application/json',
      authorization: 'Bearer token-2',
      'content-type': 'application/json',
      'if-none-match': '*',
    });
    expect(error).toMatchObject({ status: 412, code: 'KEY_TAKEN', field: 'code', details: { key: 'SHIP' } });
  });
});
