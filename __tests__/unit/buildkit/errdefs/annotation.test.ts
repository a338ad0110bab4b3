/**
 * A build-check warning as an annotation: at its Dockerfile lines, with its detail and URL.
 */
import { describe, expect, it } from 'vitest';
import { warningAnnotation } from '../../../../src/buildkit/errdefs/annotation.js';
import { DOCKERFILE, VERTEX } from './fixtures.js';

describe('warningAnnotation', () => {
  it('locates a build warning in the Dockerfile', () => {
    expect(
      warningAnnotation({
        vertex: VERTEX,
        level: '1',
        short: Buffer.from("FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)"),
        detail: [Buffer.from("The 'as' keyword should match the case of the 'from' keyword")],
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        info: { filename: 'Dockerfile', data: Buffer.from(DOCKERFILE), language: 'Dockerfile' },
        ranges: [{ start: { line: 2 }, end: { line: 2 } }],
      }),
    ).toEqual({
      file: 'Dockerfile',
      startLine: 2,
      endLine: 2,
      title: "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)",
      message:
        "The 'as' keyword should match the case of the 'from' keyword\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
    });
    expect(warningAnnotation({ short: Buffer.from('no location') })).toEqual({
      title: 'no location',
      message: 'no location',
    });
  });
});
