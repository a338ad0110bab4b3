import { describe, expect, test } from 'vitest';
import { ConnhelperUrlError } from '../../../../src/buildkit/transport/connhelper-url.js';
import {
  describeKubePod,
  kubePodCommand,
  parseKubePodUrl,
  type KubePodSpec,
} from '../../../../src/buildkit/transport/kubepod.js';

describe('parseKubePodUrl: moby/buildkit client/connhelper/kubepod kubepod_test.go', () => {
  const cases: Array<[string, KubePodSpec | null]> = [
    ['kube-pod://podname', { pod: 'podname' }],
    [
      'kube-pod://podname?container=containername&namespace=nsname&context=ctxname',
      { context: 'ctxname', namespace: 'nsname', pod: 'podname', container: 'containername' },
    ],
    [
      'kube-pod://podname?container=containername&namespace=nsname&context=user@cluster',
      { context: 'user@cluster', namespace: 'nsname', pod: 'podname', container: 'containername' },
    ],
    ['kube-pod://', null],
    ['kube-pod://unsupported_pod_name', null],
    ['kube-pod://podname?container=unsupported_container_name&namespace=nsname&context=ctxname', null],
    ['kube-pod://podname?container=containername&namespace=unsupported_ns_name&context=ctxname', null],
  ];
  test.each(cases)('%s', (url, expected) => {
    if (expected) expect(parseKubePodUrl(url)).toEqual(expected);
    else expect(() => parseKubePodUrl(url)).toThrow(ConnhelperUrlError);
  });
});

describe('parseKubePodUrl: what kubepod.go accepts and refuses', () => {
  test('its messages, in its order (namespace first)', () => {
    expect(() => parseKubePodUrl('kube-pod://')).toThrow('url lacks pod name');
    expect(() => parseKubePodUrl('kube-pod://?namespace=Bad')).toThrow('unsupported namespace name: "Bad"');
    expect(() => parseKubePodUrl('kube-pod://Pod')).toThrow('unsupported pod name: "Pod"');
    expect(() => parseKubePodUrl('kube-pod://pod?container=C_1')).toThrow('unsupported container name: "C_1"');
  });

  test('port, user and path are ignored; empty parameters are absent', () => {
    expect(parseKubePodUrl('kube-pod://u@pod:123/x?namespace=a&container=')).toEqual({ pod: 'pod', namespace: 'a' });
  });

  test('the first of repeated parameters wins; "+" is a space; a pair with ";" is dropped (Go\'s ParseQuery)', () => {
    expect(parseKubePodUrl('kube-pod://pod?namespace=a&namespace=b')).toEqual({ pod: 'pod', namespace: 'a' });
    expect(parseKubePodUrl('kube-pod://pod?context=my+ctx')).toEqual({ pod: 'pod', context: 'my ctx' });
    expect(parseKubePodUrl('kube-pod://pod?context=a;b')).toEqual({ pod: 'pod' });
  });

  test('argument injection: a pod beginning with "-" is refused', () => {
    expect(() => parseKubePodUrl('kube-pod://-v9')).toThrow('pod name "-v9" begins with "-"');
  });

  test("the host must parse like Go's url.Parse", () => {
    expect(() => parseKubePodUrl('kube-pod://pod:abc')).toThrow('invalid port ":abc" after host');
  });
});

describe("kubePodCommand: kubepod.go's argv", () => {
  test("all three flags are always passed, empty meaning kubectl's default", () => {
    expect(kubePodCommand(parseKubePodUrl('kube-pod://podname'))).toEqual({
      command: 'kubectl',
      args: ['--context=', '--namespace=', 'exec', '--container=', '-i', 'podname', '--', 'buildctl', 'dial-stdio'],
    });
  });

  test('with context, namespace and container', () => {
    expect(
      kubePodCommand(parseKubePodUrl('kube-pod://podname?container=c&namespace=ns&context=user@cluster')).args,
    ).toEqual([
      '--context=user@cluster',
      '--namespace=ns',
      'exec',
      '--container=c',
      '-i',
      'podname',
      '--',
      'buildctl',
      'dial-stdio',
    ]);
  });

  test("a builder's kubeconfig goes first", () => {
    expect(kubePodCommand({ pod: 'p', kubeconfig: '/home/ci/.kube/config' }).args.slice(0, 2)).toEqual([
      '--kubeconfig=/home/ci/.kube/config',
      '--context=',
    ]);
  });
});

test("describeKubePod gives the URL back (kubepod.go's parameter order)", () => {
  expect(describeKubePod({ pod: 'p' })).toBe('kube-pod://p');
  expect(describeKubePod(parseKubePodUrl('kube-pod://p?container=c&namespace=ns&context=user@cluster'))).toBe(
    'kube-pod://p?context=user@cluster&namespace=ns&container=c',
  );
});
