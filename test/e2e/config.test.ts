// qbr.config.yaml's company, colours and questions reach the deck: its HTML, its charts and its PDF.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, scratchProject } from '../helpers.ts';
import { pdfInfo, pdfText } from './pdf-tools.ts';
import { qbr } from './render.ts';
import { requireTools, skipping } from './requirements.ts';

const CONFIG = `company:
  name: Northwind Analytics
  logo: brand/logo.png
  colors: { primary: "#7a1f5c", accent: "#2b6a30" }
questions:
  - Which plant should we visit next quarter?
  - Who signs the renewal, and when do they decide?
`;

beforeAll(() => requireTools('browser', 'poppler'));

describe.skipIf(skipping('browser', 'poppler'))('the config in the deck', () => {
  it("puts our company's name, logo, colours and questions into the HTML, the charts and the PDF", async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    mkdirSync(join(dir, 'brand'));
    copyFileSync(fixturePath('logo-ok', 'logo.png'), join(dir, 'brand', 'logo.png'));
    writeFileSync(join(dir, 'qbr.config.yaml'), CONFIG);
    const run = await qbr(['a', '--format', 'pdf,html'], {}, dir);
    expect(run.status, run.stderr).toBe(0);

    const html = readFileSync(join(dir, 'out', '2025-Q1', 'customer', 'a-qbr-2025-Q1.html'), 'utf8');
    expect(html).toContain('Presented by Northwind Analytics');
    const logo =
      html.match(/<img class="logo" src="data:image\/png;base64,([^"]+)" alt="Northwind Analytics logo">/)?.[1] ?? '';
    expect(
      Buffer.from(logo.replaceAll('&#x3D;', '='), 'base64').equals(readFileSync(join(dir, 'brand', 'logo.png'))),
    ).toBe(true);
    expect(html).toContain(':root { --primary: #7a1f5c; --accent: #2b6a30; }');
    // Cairo writes the chart's colours as percentages: #7a1f5c is 122, 31, 92 of 255.
    expect(html).toMatch(/rgb\(47\.8\d*%, ?12\.1\d*%, ?36\.0\d*%\)/);
    expect(html).not.toContain('Your company');

    const pdf = join(dir, 'out', '2025-Q1', 'customer', 'a-qbr-2025-Q1.pdf');
    expect(pdfInfo(pdf).Author).toBe('Northwind Analytics');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Which plant should we visit next quarter?');
    expect(text).toContain('Who signs the renewal, and when do they decide?');
    expect(text).not.toContain('What has changed in your business since we last met?'); // the default questions
  });
});
