/** The warnings block after a build: distinct warnings, as buildx lists them. */
import { describe, expect, it } from 'vitest';
import { formatWarningsSummary } from '../../../../src/buildkit/progress/warnings.js';

const digest = (n: number) => `sha256:${String(n).padStart(64, '0')}`;

describe('warnings summary', () => {
  it('summarizes distinct warnings like buildx', () => {
    const w = (short: string, vertex: string) => ({ vertex, level: '1', short: Buffer.from(short) });
    const warnings = [
      w("FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)", digest(1)),
      w("FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)", digest(2)),
      {
        ...w(
          'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "TOKEN") (line 3)',
          digest(1),
        ),
        detail: [Buffer.from('Sensitive data should not be used in the ARG or ENV commands')],
        url: 'https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/',
      },
    ];
    expect(formatWarningsSummary(warnings)).toEqual([
      '',
      ' 2 warnings found:',
      " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      ' - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "TOKEN") (line 3)',
    ]);
    expect(formatWarningsSummary(warnings.slice(2), { verbose: true })).toEqual([
      '',
      ' 1 warning found:',
      ' - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "TOKEN") (line 3)',
      'Sensitive data should not be used in the ARG or ENV commands',
      'More info: https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/',
      '',
    ]);
    expect(formatWarningsSummary([])).toEqual([]);
  });
});
