import { describe, expect, it } from 'vitest';
import { connectionUrl, redactUrl, scrub } from '../../src/sources/connection-url.ts';
import { QbrError } from '../../src/errors.ts';
import { cellText } from '../../src/sources/query-figures.ts';

describe('a source URL from the environment', () => {
  it('replaces ${NAME} with the variable', () => {
    expect(
      connectionUrl('${WAREHOUSE}?sslmode=require', { name: 'warehouse', env: { WAREHOUSE: 'postgres://db/crm' } }),
    ).toBe('postgres://db/crm?sslmode=require');
  });

  it('names the unset variable and the source', () => {
    const unset = () => connectionUrl('${QBR_WAREHOUSE_URL}', { name: 'warehouse', env: {} });
    expect(unset).toThrow(QbrError);
    expect(unset).toThrow(
      'source warehouse: the environment variable QBR_WAREHOUSE_URL is not set (its url: in the config reads ${QBR_WAREHOUSE_URL})',
    );
  });

  it('shows a URL with its password replaced, and scrubs the password from any message', () => {
    const url = 'postgres://qbr:s%3Dcr3t@db.example:5432/crm';
    expect(redactUrl(url)).toBe('postgres://qbr:***@db.example:5432/crm');
    expect(redactUrl('host=db password=s3cr3t user=qbr')).toBe('host=db password=*** user=qbr');
    expect(scrub(`failed for ${url}: the password s=cr3t was refused`, url)).toBe(
      'failed for postgres://qbr:***@db.example:5432/crm: the password *** was refused',
    );
  });
});

describe("a cell of a query's result, as the text a CSV cell holds", () => {
  it('is empty for NULL, trimmed text, and numbers in full', () => {
    expect([null, ' acme ', 52, 6.4, 1e-7, 2e21, 12345678901234567890n, true].map(cellText)).toEqual([
      '',
      'acme',
      '52',
      '6.4',
      '0.0000001',
      '2000000000000000000000',
      '12345678901234567890',
      'true',
    ]);
  });
});
