/**
 * List inputs read as docker/actions-toolkit's Util.getInputList reads them: the cases of its own __tests__/util.test.ts
 * (docker/actions-toolkit@3d440be), which bake-action v7 and build-push-action run on.
 */
import { describe, expect, it } from 'vitest';
import { getList, listItems } from '../../../src/action/list.js';

describe('getList as actions-toolkit Util.getList', () => {
  it.each([
    ['single line', 'bar', {}, ['bar']],
    ['empty', '', {}, []],
    ['multiline', 'bar\nbaz', {}, ['bar', 'baz']],
    ['empty lines', 'bar\n\nbaz', {}, ['bar', 'baz']],
    ['comma', 'bar,baz', {}, ['bar', 'baz']],
    ['empty result', 'bar,baz,', {}, ['bar', 'baz']],
    ['CRLF', 'bar\r\nbaz', {}, ['bar', 'baz']],
    ['CRLF and comma', 'bar\r\nbaz,bat', {}, ['bar', 'baz', 'bat']],
    [
      'ignoreComma',
      'user/app:cache\ntype=local,src=path/to/dir',
      { ignoreComma: true },
      ['user/app:cache', 'type=local,src=path/to/dir'],
    ],
    ['# is no comment', 'foo=bar\nbar=qux#baz', {}, ['foo=bar', 'bar=qux#baz']],
    [
      'CRLF and ignoreComma',
      'user/app:cache\r\ntype=local,src=path/to/dir',
      { ignoreComma: true },
      ['user/app:cache', 'type=local,src=path/to/dir'],
    ],
    [
      'quote: false keeps quotes',
      '"env.no_proxy=localhost,127.0.0.1,.mydomain"',
      { ignoreComma: true, quote: false },
      ['"env.no_proxy=localhost,127.0.0.1,.mydomain"'],
    ],
    // a quoted single field is still split at its commas without ignoreComma (the toolkit's behaviour)
    [
      'quotes do not protect a lone field',
      'linux/amd64\n"linux/arm64,linux/arm/v7"',
      {},
      ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
    ],
    ['fields of a record', '"a,b",c', {}, ['a,b', 'c']],
    ['fields joined with ignoreComma', 'x=1,"y,z"', { ignoreComma: true }, ['x=1,y,z']],
    [
      'multiline values',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc', 'FOO=bar'],
    ],
    [
      'multiline values with empty lines',
      'A=1\n"EMPTYLINE=aaaa\n\nbbbb\nccc"',
      { ignoreComma: true },
      ['A=1', 'EMPTYLINE=aaaa\n\nbbbb\nccc'],
    ],
    [
      'trailing newlines kept without trimming',
      '"PRIVATE_SSH_KEY=TEST\nTEST\n\n\n"\n',
      { ignoreComma: true, trimWhitespace: false },
      ['PRIVATE_SSH_KEY=TEST\nTEST\n\n\n'],
    ],
    [
      'multiline values without quotes are lines',
      'MYSECRET=aaaaaaaa\nbbbbbbb\nFOO=bar',
      { ignoreComma: true },
      ['MYSECRET=aaaaaaaa', 'bbbbbbb', 'FOO=bar'],
    ],
    [
      'escaped quotes',
      '"MYSECRET=aaaa\nbbbb""bbb\ncccc"\nFOO=bar',
      { ignoreComma: true },
      ['MYSECRET=aaaa\nbbbb"bbb\ncccc', 'FOO=bar'],
    ],
    [
      'keep quotes (outputs)',
      'type=image,"name=ghcr.io/a,docker.io/a",push-by-digest=true,push=true',
      { ignoreComma: true, quote: false },
      ['type=image,"name=ghcr.io/a,docker.io/a",push-by-digest=true,push=true'],
    ],
    ['a quote inside a field is literal (relax_quotes)', 'k=a"b,c', {}, ['k=a"b', 'c']],
  ] as const)('%s', (_name, input, opts, expected) => {
    expect(getList(input, opts)).toEqual(expected);
  });

  it('names the line a record starts on, also after a value spanning lines', () => {
    expect(listItems('a=1\n\n"pem=x\ny\nz"\nbad\n', { ignoreComma: true }).map((i) => i.line)).toEqual([1, 3, 6]);
  });

  it('an unclosed quote is an error naming a line, not the text', () => {
    let message = '';
    try {
      getList('a=1\n"token=ghp_secretvalue\nmore', { ignoreComma: true });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/quoted value .* never closed/);
    expect(message).not.toContain('ghp_secretvalue');
    expect(message).not.toContain('more');
  });
});
