/**
 * Source snippets printed as BuildKit's errdefs Source.Print prints them: context lines, clipping, odd ranges.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorRange } from '../../../../src/buildkit/errdefs/details.js';
import { formatSourceBlock } from '../../../../src/buildkit/errdefs/source.js';
import { DOCKERFILE, SNIPPET_LINE_5 } from './fixtures.js';

describe('formatSourceBlock (same output as BuildKit errdefs Source.Print)', () => {
  const data = Buffer.from(DOCKERFILE);
  const r = (...pairs: number[]): ErrorRange[] => {
    const out: ErrorRange[] = [];
    for (let i = 0; i < pairs.length; i += 2)
      out.push({ start: { line: pairs[i], character: 0 }, end: { line: pairs[i + 1], character: 0 } });
    return out;
  };
  const block = (ranges: ErrorRange[]) => formatSourceBlock('Dockerfile', data, ranges);

  it('shows two lines of context around a single line, one around a longer range', () => {
    expect(block(r(5, 5))).toEqual(SNIPPET_LINE_5);
    expect(block(r(2, 2, 6, 6))).toEqual([
      'Dockerfile:2',
      '--------------------',
      '   1 |     # syntax=docker/dockerfile:1',
      '   2 | >>> FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '   4 |         curl',
      '   5 |     RUN exit 3',
      '   6 | >>> COPY . /src',
      '   7 |     WORKDIR /src',
      '--------------------',
    ]);
  });

  it('clips at the start and end of the file', () => {
    expect(block(r(1, 1))).toEqual([
      'Dockerfile:1',
      '--------------------',
      '   1 | >>> # syntax=docker/dockerfile:1',
      '   2 |     FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '--------------------',
    ]);
    expect(block(r(8, 8))).toEqual([
      'Dockerfile:8',
      '--------------------',
      '   6 |     COPY . /src',
      '   7 |     WORKDIR /src',
      '   8 | >>> CMD ["./app"]',
      '   9 |     ',
      '--------------------',
    ]);
    expect(block(r(9, 9))).toEqual([
      'Dockerfile:9',
      '--------------------',
      '   7 |     WORKDIR /src',
      '   8 |     CMD ["./app"]',
      '   9 | >>> ',
      '--------------------',
    ]);
  });

  it('treats an end before the start as the start, and prints nothing out of range or without text', () => {
    expect(block(r(4, 3))).toEqual([
      'Dockerfile:4',
      '--------------------',
      '   2 |     FROM alpine:3.20 AS base',
      '   3 |     RUN apk add --no-cache \\',
      '   4 | >>>     curl',
      '   5 |     RUN exit 3',
      '   6 |     COPY . /src',
      '--------------------',
    ]);
    expect(block(r(10, 10))).toEqual([]);
    expect(block([])).toEqual([]);
    expect(formatSourceBlock('Dockerfile', Buffer.alloc(0), r(1, 1))).toEqual([]);
  });
});
