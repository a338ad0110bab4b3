/** `--progress=rawjson`: BuildKit's client.SolveStatus JSON, as buildx's progressui RawJSONMode writes it. */
import { describe, expect, it } from 'vitest';
import { createRawJsonRenderer, goTime, solveStatusJson } from '../../../../src/solve/render/rawjson.js';

describe('rawjson progress', () => {
  it('formats timestamps as Go time.Time marshals them (UTC, nanoseconds, trailing zeros dropped)', () => {
    expect(goTime({ seconds: '1764694395', nanos: 120000000 })).toBe('2025-12-02T16:53:15.12Z');
    expect(goTime({ seconds: 1764694395, nanos: 0 })).toBe('2025-12-02T16:53:15Z');
    expect(goTime({ seconds: '1764694395', nanos: 7 })).toBe('2025-12-02T16:53:15.000000007Z');
    expect(goTime(undefined)).toBeUndefined();
  });

  it('uses client.SolveStatus field names, omits empty fields as omitempty does, and base64-encodes log data', () => {
    const ts = { seconds: '1764694395', nanos: 500000000 };
    const json = solveStatusJson({
      vertexes: [{ digest: 'sha256:aa', name: '[1/2] FROM x', started: ts, cached: false, inputs: [] }],
      statuses: [{ ID: 'extracting', vertex: 'sha256:aa', current: '0', timestamp: ts }],
      logs: [{ vertex: 'sha256:aa', stream: 1, msg: Buffer.from('hello\n'), timestamp: ts }],
      warnings: [
        {
          vertex: 'sha256:aa',
          level: 1,
          short: Buffer.from('FromAsCasing'),
          url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        },
      ],
    });
    expect(json).toEqual({
      vertexes: [{ digest: 'sha256:aa', name: '[1/2] FROM x', started: '2025-12-02T16:53:15.5Z' }],
      statuses: [{ id: 'extracting', vertex: 'sha256:aa', current: 0, timestamp: '2025-12-02T16:53:15.5Z' }],
      logs: [
        {
          vertex: 'sha256:aa',
          stream: 1,
          data: Buffer.from('hello\n').toString('base64'),
          timestamp: '2025-12-02T16:53:15.5Z',
        },
      ],
      warnings: [
        {
          vertex: 'sha256:aa',
          level: 1,
          short: Buffer.from('FromAsCasing').toString('base64'),
          url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        },
      ],
    });
  });

  it('redacts secret values inside log data before encoding them (base64 would hide them from the line redactor)', () => {
    const lines: string[] = [];
    const render = createRawJsonRenderer(
      (l) => lines.push(l),
      (t) => t.replaceAll('s3cr3t', '***'),
    );
    render({
      type: 'status',
      target: 'app',
      message: { logs: [{ vertex: 'sha256:aa', stream: 1, msg: Buffer.from('token=s3cr3t\n') }] },
    });
    const data = (JSON.parse(lines[0]) as { logs: { data: string }[] }).logs[0].data;
    expect(Buffer.from(data, 'base64').toString()).toBe('token=***\n');
  });
});
