import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  currentBuilderName,
  defaultEndpoint,
  describeEndpoint,
  dockerContextHost,
  EndpointError,
  parseEndpoint,
  resolveBuilderNodes,
} from '../../../../src/buildkit/transport/endpoint.js';

/** Parse with a controlled environment (never the developer's real DOCKER_HOST or buildx store). */
function parse(
  spec: string,
  env: NodeJS.ProcessEnv = { HOME: '/nonexistent-home' },
  tls?: Parameters<typeof parseEndpoint>[1],
) {
  return parseEndpoint(spec, tls, { env });
}

describe('parseEndpoint: URLs', () => {
  test('unix socket', () => {
    expect(parse('unix:///run/buildkit/buildkitd.sock')).toEqual({
      kind: 'unix',
      path: '/run/buildkit/buildkitd.sock',
    });
  });

  test('tcp without TLS', () => {
    expect(parse('tcp://buildkit.example:1234')).toEqual({ kind: 'tcp', host: 'buildkit.example', port: 1234 });
  });

  test('tcp with IPv6 host', () => {
    expect(parse('tcp://[::1]:1234')).toEqual({ kind: 'tcp', host: '::1', port: 1234 });
  });

  test('tcp with TLS files', () => {
    const tls = { caCert: '/certs/ca.pem', cert: '/certs/cert.pem', key: '/certs/key.pem', serverName: 'bk' };
    expect(parse('tcp://10.0.0.1:1234', undefined, tls)).toEqual({ kind: 'tcp', host: '10.0.0.1', port: 1234, tls });
  });

  test('tcp with an empty TLS object stays plaintext', () => {
    expect(parse('tcp://h:1', undefined, {})).toEqual({ kind: 'tcp', host: 'h', port: 1 });
  });

  test('docker:// uses the default socket without DOCKER_HOST', () => {
    expect(parse('docker://')).toEqual({ kind: 'docker', engine: { kind: 'unix', path: '/var/run/docker.sock' } });
  });

  test('docker:// honours DOCKER_HOST (unix and tcp)', () => {
    expect(parse('docker://', { DOCKER_HOST: 'unix:///tmp/d.sock' })).toEqual({
      kind: 'docker',
      engine: { kind: 'unix', path: '/tmp/d.sock' },
    });
    expect(parse('docker://', { DOCKER_HOST: 'tcp://127.0.0.1:2375' })).toEqual({
      kind: 'docker',
      engine: { kind: 'tcp', host: '127.0.0.1', port: 2375 },
    });
  });

  test('docker:// with DOCKER_TLS_VERIFY takes certificates from DOCKER_CERT_PATH', () => {
    const env = { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/c' };
    expect(parse('docker://', env)).toEqual({
      kind: 'docker',
      engine: {
        kind: 'tcp',
        host: 'docker.example',
        port: 2376,
        tls: { caCert: '/c/ca.pem', cert: '/c/cert.pem', key: '/c/key.pem' },
      },
    });
  });

  test('docker:// with an explicit Engine address', () => {
    expect(parse('docker://unix:///var/run/other.sock', { DOCKER_HOST: 'tcp://ignored:1' })).toEqual({
      kind: 'docker',
      engine: { kind: 'unix', path: '/var/run/other.sock' },
    });
    expect(parse('docker://tcp://127.0.0.1:2375')).toEqual({
      kind: 'docker',
      engine: { kind: 'tcp', host: '127.0.0.1', port: 2375 },
    });
  });

  test('docker-container:// with and without a context', () => {
    expect(parse('docker-container://buildx_buildkit_b0')).toEqual({
      kind: 'docker-container',
      container: 'buildx_buildkit_b0',
      docker: {},
    });
    expect(parse('docker-container://bk?context=remote')).toEqual({
      kind: 'docker-container',
      container: 'bk',
      docker: { context: 'remote' },
    });
  });

  test('describeEndpoint gives the address a user would type', () => {
    expect(describeEndpoint(parse('unix:///run/buildkit/buildkitd.sock'))).toBe('unix:///run/buildkit/buildkitd.sock');
    expect(describeEndpoint(parse('docker://'))).toBe('docker://unix:///var/run/docker.sock');
    expect(describeEndpoint(parse('tcp://[::1]:5'))).toBe('tcp://[::1]:5');
    expect(describeEndpoint(parse('tcp://h:5', undefined, { caCert: '/ca' }))).toBe('tcp://h:5 (TLS)');
    expect(describeEndpoint(parse('docker-container://c?context=x'))).toBe('docker-container://c?context=x');
    expect(describeEndpoint(parse('ssh://me@h:2222/run/buildkit/buildkitd.sock'))).toBe(
      'ssh://me@h:2222/run/buildkit/buildkitd.sock',
    );
    expect(describeEndpoint(parse('kube-pod://p?namespace=ns&context=user@cluster'))).toBe(
      'kube-pod://p?context=user@cluster&namespace=ns',
    );
  });

  test('ssh:// and kube-pod:// (BuildKit connection helpers; TLS options do not apply to them)', () => {
    const tls = { caCert: '/ca.pem' };
    expect(parse('ssh://me@host:10022/s/o/c/k/e/t.sock', undefined, tls)).toEqual({
      kind: 'ssh',
      user: 'me',
      host: 'host',
      port: '10022',
      socket: '/s/o/c/k/e/t.sock',
    });
    expect(parse('kube-pod://podname?container=c&namespace=ns&context=ctx', undefined, tls)).toEqual({
      kind: 'kube-pod',
      pod: 'podname',
      container: 'c',
      namespace: 'ns',
      context: 'ctx',
    });
  });
});

describe('parseEndpoint: malformed specs', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /it is empty/],
    ['unix://run/buildkit.sock', /absolute path/],
    ['tcp://hostonly', /host and a port/],
    ['tcp://h:99999', /out of range/],
    ['tcp://:1234', /host and a port/],
    ['http://example.com', /unknown scheme "http:\/\/"/],
    ['sftp://user@host', /unknown scheme "sftp:\/\/"/],
    ['ssh://-oProxyCommand=x', /begins with "-"/],
    ['kube-pod://Upper_Case', /unsupported pod name/],
    ['kube-pod://', /url lacks pod name/],
    ['docker://ssh://host', /unsupported Docker Engine address/],
    ['docker-container://', /container name/],
    ['/run/buildkit/buildkitd.sock', /unix:\/\/ prefix/],
    ['my builder', /not a valid builder name/],
    ['1builder', /not a valid builder name/],
  ];
  test.each(cases)('%j', (spec, why) => {
    let error: unknown;
    try {
      parse(spec);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EndpointError);
    const message = (error as Error).message;
    expect(message).toMatch(why);
    expect(message).toContain(`invalid BuildKit endpoint ${JSON.stringify(spec.trim())}`);
    expect(message).toContain('Accepted forms: unix:///path/to/buildkitd.sock, tcp://host:port, docker://');
    expect(message).toContain('ssh://[user@]host[:port][/socket], kube-pod://<pod>');
  });

  test('a refused URL password is not printed', () => {
    for (const spec of ['ssh://me:s3cret@host', 'ssh://me:s3cret@host/sock', 'kube-pod://me:s3cret@Bad_Pod']) {
      let message = '';
      try {
        parse(spec);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^invalid BuildKit endpoint "(ssh|kube-pod):\/\/me:xxxxx@/);
      expect(message).not.toContain('s3cret');
    }
    expect(() => parse('ssh://me:s3cret@host')).toThrow('plain-text password is not supported');
  });

  test('client certificate without its key', () => {
    expect(() => parse('tcp://h:1', undefined, { caCert: '/ca', cert: '/cert' })).toThrow(/TLS client key missing/);
    expect(() => parse('tcp://h:1', undefined, { key: '/key' })).toThrow(/TLS client certificate missing/);
  });

  test('DOCKER_HOST that is not unix/tcp', () => {
    expect(() => parse('docker://', { DOCKER_HOST: 'ssh://me@host' })).toThrow(
      /DOCKER_HOST=ssh:\/\/me@host.*unsupported Docker Engine address/,
    );
  });
});

describe('buildx builder store', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  /** Writes instances/NAME in buildx's NodeGroup JSON format (store/nodegroup.go). */
  function writeBuilder(name: string, driver: string, nodes: Array<Record<string, unknown>>) {
    const group = {
      Name: name,
      Driver: driver,
      Nodes: nodes.map((n) => ({ Platforms: null, DriverOpts: null, Flags: null, Files: null, ...n })),
      Dynamic: false,
    };
    writeFileSync(join(dir, 'instances', name), JSON.stringify(group));
  }
  function writeCurrent(current: { Key: string; Name: string; Global: boolean }) {
    writeFileSync(join(dir, 'current'), JSON.stringify(current));
  }
  function writeDefault(key: string, name: string) {
    writeFileSync(join(dir, 'defaults', createHash('sha256').update(key).digest('hex').slice(0, 20)), name);
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bakekit-buildx-'));
    for (const d of ['instances', 'defaults', 'activity']) mkdirSync(join(dir, d));
    env = { BUILDX_CONFIG: dir, HOME: '/nonexistent-home' };
    writeBuilder('remote-tls', 'remote', [
      {
        Name: 'remote-tls0',
        Endpoint: 'tcp://buildkitd.example:1234',
        DriverOpts: {
          cacert: '/certs/ca.pem',
          cert: '/certs/cert.pem',
          key: '/certs/key.pem',
          servername: 'bk.internal',
        },
      },
    ]);
    writeBuilder('remote-unix', 'remote', [{ Name: 'remote-unix0', Endpoint: 'unix:///run/buildkit/buildkitd.sock' }]);
    writeBuilder('container', 'docker-container', [
      {
        Name: 'container0',
        Endpoint: 'unix:///var/run/docker.sock',
        Flags: ['--allow-insecure-entitlement=network.host'],
      },
      { Name: 'container1', Endpoint: 'unix:///var/run/docker.sock' },
    ]);
    writeBuilder('ctx-container', 'docker-container', [{ Name: 'ctx0', Endpoint: 'remote-ctx' }]);
    writeBuilder('dockerdrv', 'docker', [{ Name: 'dockerdrv', Endpoint: 'default' }]);
    writeBuilder('k8s', 'kubernetes', [{ Name: 'k8s0', Endpoint: 'kubernetes:///k8s?deployment=&kubeconfig=' }]);
    writeBuilder('cloudy', 'cloud', [{ Name: 'cloudy0', Endpoint: 'cloud://org/builder' }]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('remote driver: endpoint plus TLS files from driver-opts', () => {
    expect(parse('remote-tls', env)).toEqual({
      kind: 'tcp',
      host: 'buildkitd.example',
      port: 1234,
      tls: { caCert: '/certs/ca.pem', cert: '/certs/cert.pem', key: '/certs/key.pem', serverName: 'bk.internal' },
      builder: 'remote-tls',
    });
    expect(parse('remote-unix', env)).toEqual({
      kind: 'unix',
      path: '/run/buildkit/buildkitd.sock',
      builder: 'remote-unix',
    });
  });

  test('remote driver: TLS options without a CA are rejected like buildx does', () => {
    writeBuilder('half-tls', 'remote', [{ Name: 'h0', Endpoint: 'tcp://h:1', DriverOpts: { servername: 'x' } }]);
    expect(() => parse('half-tls', env)).toThrow(/no cacert/);
  });

  test('docker-container driver: container buildx_buildkit_<first node>', () => {
    expect(parse('container', env)).toEqual({
      kind: 'docker-container',
      container: 'buildx_buildkit_container0',
      docker: { host: 'unix:///var/run/docker.sock' },
      builder: 'container',
    });
    expect(parse('ctx-container', env)).toEqual({
      kind: 'docker-container',
      container: 'buildx_buildkit_ctx0',
      docker: { context: 'remote-ctx' },
      builder: 'ctx-container',
    });
  });

  test('docker driver: the Engine of its Docker endpoint', () => {
    expect(parse('dockerdrv', { ...env, DOCKER_HOST: 'unix:///tmp/docker.sock' })).toEqual({
      kind: 'docker',
      engine: { kind: 'unix', path: '/tmp/docker.sock' },
      builder: 'dockerdrv',
    });
  });

  test('builder names are case-insensitive, like buildx', () => {
    expect(parse('Remote-Unix', env)).toMatchObject({ kind: 'unix', builder: 'remote-unix' });
  });

  test('"default" without an instance file is the Docker Engine', () => {
    expect(parse('default', env)).toEqual({
      kind: 'docker',
      engine: { kind: 'unix', path: '/var/run/docker.sock' },
      builder: 'default',
    });
  });

  test('unknown builder names list what exists', () => {
    expect(() => parse('nosuch', env)).toThrow(
      /unknown buildx builder "nosuch": no .*instances\/nosuch \(builders in .*: cloudy, container, ctx-container, dockerdrv, k8s, remote-tls, remote-unix\)/,
    );
    expect(() => parse('nosuch', { BUILDX_CONFIG: join(dir, 'empty') })).toThrow(/no builders in/);
  });

  test('unsupported drivers are named', () => {
    expect(() => parse('cloudy', env)).toThrow(
      /"cloud" driver, which bakekit does not support \(supported: docker, docker-container, remote, kubernetes\)/,
    );
  });

  test('remote driver: ssh:// and kube-pod:// endpoints work by name', () => {
    writeBuilder('remote-ssh', 'remote', [
      { Name: 'rs0', Endpoint: 'ssh://ci@build.example:2222/run/buildkit/buildkitd.sock' },
    ]);
    writeBuilder('remote-pod', 'remote', [{ Name: 'rp0', Endpoint: 'kube-pod://buildkitd-0?namespace=ci' }]);
    expect(parse('remote-ssh', env)).toEqual({
      kind: 'ssh',
      user: 'ci',
      host: 'build.example',
      port: '2222',
      socket: '/run/buildkit/buildkitd.sock',
      builder: 'remote-ssh',
    });
    expect(parse('remote-pod', env)).toEqual({
      kind: 'kube-pod',
      pod: 'buildkitd-0',
      namespace: 'ci',
      builder: 'remote-pod',
    });
    writeBuilder('remote-bad', 'remote', [{ Name: 'rb0', Endpoint: 'ssh://h?socket=/x' }]);
    expect(() => parse('remote-bad', env)).toThrow(
      /invalid BuildKit endpoint "ssh:\/\/h\?socket=\/x": extra query after the host: "socket=\/x"/,
    );
  });

  test('kubernetes driver: the deployment named after the node, its namespace, kubeconfig and pod labels', () => {
    // what `docker buildx create --driver kubernetes --name k8s` stores (builder/builder.go Create), KUBECONFIG unset
    expect(parse('k8s', env)).toEqual({ kind: 'kubernetes', deployment: 'k8s0', selector: 'app=k8s0', builder: 'k8s' });
    writeBuilder('k8s-full', 'kubernetes', [
      {
        Name: 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73',
        Endpoint:
          'kubernetes:///k8s-full?deployment=buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73&kubeconfig=%2Fhome%2Fci%2F.kube%2Fconfig',
        DriverOpts: { namespace: 'buildkit', labels: '"team=ci,tier=build"', replicas: '2' },
      },
      { Name: 'second_node', Endpoint: 'kubernetes:///k8s-full?deployment=second_node&kubeconfig=' },
    ]);
    expect(parse('k8s-full', env)).toEqual({
      kind: 'kubernetes',
      deployment: 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73',
      namespace: 'buildkit',
      kubeconfig: '/home/ci/.kube/config',
      selector: 'app=buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73,team=ci,tier=build',
      builder: 'k8s-full',
    });
    // every node is one (factory.go buildxNameToDeploymentName: "_" becomes "-")
    expect(resolveBuilderNodes('k8s-full', env).map((n) => n.endpoint)).toMatchObject([
      { kind: 'kubernetes', deployment: 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73' },
      { kind: 'kubernetes', deployment: 'second-node', selector: 'app=second-node' },
    ]);
  });

  test('kubernetes driver: what buildx itself would refuse', () => {
    writeBuilder('k8s-app', 'kubernetes', [
      { Name: 'n0', Endpoint: 'kubernetes:///k8s-app?deployment=n0', DriverOpts: { labels: 'app=x' } },
    ]);
    expect(() => parse('k8s-app', env)).toThrow(/buildx builder "k8s-app" .*: the label "app" is reserved/);
    writeBuilder('k8s-lbl', 'kubernetes', [
      { Name: 'n0', Endpoint: 'kubernetes:///k8s-lbl?deployment=n0', DriverOpts: { labels: 'team' } },
    ]);
    expect(() => parse('k8s-lbl', env)).toThrow(/cannot parse labels: invalid key-value pair: team/);
  });

  test('corrupt instance file', () => {
    writeFileSync(join(dir, 'instances', 'broken'), '{not json');
    expect(() => parse('broken', env)).toThrow(/buildx builder file .*broken is not valid JSON/);
  });

  test('BUILDX_CONFIG defaults to $DOCKER_CONFIG/buildx', () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), 'bakekit-dockercfg-'));
    try {
      mkdirSync(join(dockerConfig, 'buildx', 'instances'), { recursive: true });
      writeFileSync(
        join(dockerConfig, 'buildx', 'instances', 'viadc'),
        JSON.stringify({ Name: 'viadc', Driver: 'remote', Nodes: [{ Name: 'n', Endpoint: 'tcp://h:9' }] }),
      );
      expect(parse('viadc', { DOCKER_CONFIG: dockerConfig })).toMatchObject({ kind: 'tcp', host: 'h', port: 9 });
    } finally {
      rmSync(dockerConfig, { recursive: true, force: true });
    }
  });

  describe('defaultEndpoint', () => {
    test('no buildx selection: the Docker Engine', () => {
      expect(defaultEndpoint(env)).toEqual({ kind: 'docker', engine: { kind: 'unix', path: '/var/run/docker.sock' } });
    });

    test('`current` selected for this Docker endpoint', () => {
      writeCurrent({ Key: 'unix:///var/run/docker.sock', Name: 'remote-unix', Global: false });
      expect(currentBuilderName(env)).toBe('remote-unix');
      expect(defaultEndpoint(env)).toMatchObject({ kind: 'unix', builder: 'remote-unix' });
    });

    test('`current` for another Docker endpoint is ignored unless global', () => {
      writeCurrent({ Key: 'tcp://elsewhere:2375', Name: 'remote-unix', Global: false });
      expect(defaultEndpoint(env)).toMatchObject({ kind: 'docker' });
      writeCurrent({ Key: 'tcp://elsewhere:2375', Name: 'remote-unix', Global: true });
      expect(defaultEndpoint(env)).toMatchObject({ kind: 'unix', builder: 'remote-unix' });
    });

    test('the current key follows DOCKER_HOST', () => {
      writeCurrent({ Key: 'unix:///tmp/other.sock', Name: 'remote-tls', Global: false });
      expect(defaultEndpoint({ ...env, DOCKER_HOST: 'unix:///tmp/other.sock' })).toMatchObject({
        kind: 'tcp',
        builder: 'remote-tls',
      });
    });

    test('defaults/<hash of the Docker endpoint> when `current` names nothing', () => {
      writeCurrent({ Key: 'unix:///var/run/docker.sock', Name: '', Global: false });
      writeDefault('unix:///var/run/docker.sock', 'container');
      expect(defaultEndpoint(env)).toMatchObject({ kind: 'docker-container', container: 'buildx_buildkit_container0' });
    });

    test('BUILDX_BUILDER wins, and a missing one is an error', () => {
      writeCurrent({ Key: 'unix:///var/run/docker.sock', Name: 'remote-unix', Global: false });
      expect(defaultEndpoint({ ...env, BUILDX_BUILDER: 'remote-tls' })).toMatchObject({ builder: 'remote-tls' });
      expect(() => defaultEndpoint({ ...env, BUILDX_BUILDER: 'gone' })).toThrow(/unknown buildx builder "gone"/);
    });

    test('a stale selection (builder removed) falls back to the Docker Engine', () => {
      writeCurrent({ Key: 'unix:///var/run/docker.sock', Name: 'removed', Global: false });
      expect(defaultEndpoint(env)).toEqual({ kind: 'docker', engine: { kind: 'unix', path: '/var/run/docker.sock' } });
    });

    test('the real store format on this machine parses (default docker builder)', () => {
      writeFileSync(join(dir, 'current'), '{"Key":"unix:///var/run/docker.sock","Name":"","Global":false}');
      expect(defaultEndpoint(env)).toMatchObject({ kind: 'docker' });
    });
  });
});

describe('Docker contexts', () => {
  let dockerConfig: string;
  let env: NodeJS.ProcessEnv;

  /** Writes a context as `docker context create` stores it (docker/cli cli/context/store). */
  function writeContext(name: string, host: string | undefined, tlsFiles: string[] = []) {
    const id = createHash('sha256').update(name).digest('hex');
    const metaDir = join(dockerConfig, 'contexts', 'meta', id);
    mkdirSync(metaDir, { recursive: true });
    const endpoints = host ? { docker: { Host: host, SkipTLSVerify: false } } : {};
    writeFileSync(join(metaDir, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: endpoints }));
    if (tlsFiles.length) {
      const tlsDir = join(dockerConfig, 'contexts', 'tls', id, 'docker');
      mkdirSync(tlsDir, { recursive: true });
      for (const f of tlsFiles) writeFileSync(join(tlsDir, f), 'pem');
    }
    return join(dockerConfig, 'contexts', 'tls', id, 'docker');
  }

  beforeEach(() => {
    dockerConfig = mkdtempSync(join(tmpdir(), 'bakekit-contexts-'));
    env = { DOCKER_CONFIG: dockerConfig, HOME: '/nonexistent-home' };
  });
  afterEach(() => rmSync(dockerConfig, { recursive: true, force: true }));

  test("a context's Docker endpoint, with the TLS files stored for it", () => {
    writeContext('plain', 'unix:///run/other.sock');
    expect(dockerContextHost('plain', env)).toEqual({ kind: 'unix', path: '/run/other.sock' });
    const tlsDir = writeContext('remote', 'tcp://docker.example:2376', ['ca.pem', 'cert.pem', 'key.pem']);
    expect(dockerContextHost('remote', env)).toEqual({
      kind: 'tcp',
      host: 'docker.example',
      port: 2376,
      tls: { caCert: join(tlsDir, 'ca.pem'), cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem') },
    });
  });

  test('the context store is found in the HOME of the given environment without DOCKER_CONFIG', () => {
    const home = mkdtempSync(join(tmpdir(), 'bakekit-home-'));
    try {
      dockerConfig = join(home, '.docker');
      writeContext('inhome', 'tcp://h:2375');
      expect(dockerContextHost('inhome', { HOME: home })).toEqual({ kind: 'tcp', host: 'h', port: 2375 });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  test('an unknown context, or one without a Docker endpoint, is an EndpointError', () => {
    let error: unknown;
    try {
      dockerContextHost('nosuch', env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toMatch(/^cannot read Docker context "nosuch" .*meta\.json: ENOENT/);
    expect((error as Error).cause).toMatchObject({ code: 'ENOENT' });
    writeContext('noengine', undefined);
    expect(() => dockerContextHost('noengine', env)).toThrow(/Docker context "noengine" has no Docker endpoint/);
  });
});
