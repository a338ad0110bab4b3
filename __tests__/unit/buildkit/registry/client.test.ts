/** The registry client against a fake registry: auth flows (basic, token, identity token), manifests and blobs. */
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryClient, RegistryError } from '../../../../src/buildkit/registry/client.js';
import { parseReference } from '../../../../src/buildkit/registry/reference.js';
import { digestOf, seedImage, startFakeRegistry, type FakeRegistry } from '../../../support/fake-registry.js';

describe('RegistryClient against a fake registry', () => {
  let reg: FakeRegistry | undefined;
  afterEach(async () => {
    await reg?.close();
    reg = undefined;
  });

  const client = (creds?: { username: string; secret: string }) =>
    new RegistryClient({ credentials: () => creds, credentialSource: 'test config' });

  it('token flow: fetches a bearer token per scope set with Basic credentials and reuses it', async () => {
    reg = await startFakeRegistry({ auth: 'bearer' });
    const img = seedImage(reg, 'team/app', { os: 'linux', architecture: 'amd64' }, { tag: 'v1' });
    const c = client({ username: 'user', secret: 'secret' });
    const m = await c.getManifest(parseReference(`${reg.host}/team/app:v1`));
    expect(m.digest).toBe(img.digest);
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    await c.getManifest(parseReference(`${reg.host}/team/app@${img.digest}`));
    expect(reg.tokenRequests).toEqual([{ method: 'GET', scopes: ['repository:team/app:pull'] }]);
    // a push needs a new token with push scope
    await c.putManifest(parseReference(`${reg.host}/team/app`), 'v2', m.bytes, m.mediaType);
    expect(reg.tokenRequests.at(-1)?.scopes).toEqual(['repository:team/app:pull,push']);
  });

  it('token flow with an identity token uses the OAuth2 refresh-token POST', async () => {
    reg = await startFakeRegistry({ auth: 'bearer', refreshToken: 'idtok' });
    seedImage(reg, 'x', { os: 'linux', architecture: 'arm64' });
    const c = client({ username: '', secret: 'idtok' });
    await c.getManifest(parseReference(`${reg.host}/x:latest`));
    expect(reg.tokenRequests[0]).toEqual({ method: 'POST', scopes: ['repository:x:pull'] });
  });

  it('basic auth: credentials on every request; a wrong password is a clear error naming the config', async () => {
    reg = await startFakeRegistry({ auth: 'basic' });
    seedImage(reg, 'x', { os: 'linux', architecture: 'amd64' });
    await expect(
      client({ username: 'user', secret: 'secret' }).getManifest(parseReference(`${reg.host}/x`)),
    ).resolves.toMatchObject({ size: expect.any(Number) });
    const err = await client({ username: 'user', secret: 'nope' })
      .getManifest(parseReference(`${reg.host}/x`))
      .catch((e: unknown) => e as RegistryError);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).message).toMatch(
      /401 Unauthorized.*credentials for 127\.0\.0\.1:\d+ from test config were rejected/,
    );
    const anon = await client(undefined)
      .getManifest(parseReference(`${reg.host}/x`))
      .then(
        () => new Error('no error'),
        (e: unknown) => e as Error,
      );
    expect(anon.message).toMatch(/no credentials for 127\.0\.0\.1:\d+ in test config/);
  });

  it('token flow with a wrong password fails at the token server with a clear error', async () => {
    reg = await startFakeRegistry({ auth: 'bearer' });
    seedImage(reg, 'x', { os: 'linux', architecture: 'amd64' });
    await expect(
      client({ username: 'user', secret: 'wrong' }).getManifest(parseReference(`${reg.host}/x`)),
    ).rejects.toThrow(/cannot get a token for 127\.0\.0\.1:\d+ .*401.*credentials .* were rejected/);
  });

  it('copies blobs across repositories by mount, and by streaming when the registry does not mount', async () => {
    for (const noMount of [false, true]) {
      reg = await startFakeRegistry({ auth: 'bearer', noMount });
      const img = seedImage(reg, 'src/app', { os: 'linux', architecture: 'amd64' });
      const c = client({ username: 'user', secret: 'secret' });
      const from = parseReference(`${reg.host}/src/app`);
      const to = parseReference(`${reg.host}/dst/app`);
      expect(await c.copyBlob(from, to, img.layer.digest, img.layer.size)).toBe(noMount ? 'copied' : 'mounted');
      expect(await c.copyBlob(from, to, img.layer.digest, img.layer.size)).toBe('exists');
      expect(reg.repo('dst/app').blobs.has(img.layer.digest)).toBe(true);
      expect(await c.blobExists(to, digestOf('nothing'))).toBe(false);
      await reg.close();
      reg = undefined;
    }
  });

  it('HEAD of a missing manifest is undefined, API errors carry the registry code', async () => {
    reg = await startFakeRegistry();
    const c = client();
    expect(await c.headManifest(parseReference(`${reg.host}/none`), 'v1')).toBeUndefined();
    await expect(c.getManifest(parseReference(`${reg.host}/none:v1`))).rejects.toMatchObject({
      status: 404,
      code: 'MANIFEST_UNKNOWN',
    });
  });

  it('a registry that is not there is a clear error', async () => {
    await expect(client().getManifest(parseReference('127.0.0.1:1/x:y'))).rejects.toThrow(
      /cannot reach http:\/\/127\.0\.0\.1:1/,
    );
  });

  it('a network failure is a RegistryError with the fetch error as its cause', async () => {
    const err = await client()
      .getManifest(parseReference('127.0.0.1:1/x:y'))
      .then(
        () => new Error('no error'),
        (e: unknown) => e as Error,
      );
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.name).toBe('RegistryError');
    expect(err.cause).toBeInstanceOf(Error);
  });
});
