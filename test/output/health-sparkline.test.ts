import { describe, expect, it } from 'vitest';
import { healthSparkline } from '../../src/output/health-sparkline.ts';

// The chart is 88 x 24 with 3 of padding: slot i (of 8) is at x = 3 + i x 82/7, health h at y = 3 + (100 - h) x 18/100.
describe("an account's health sparkline", () => {
  it('draws a young contract at the right, newest last, with its text alternative', () => {
    expect(healthSparkline([80, 69, 57], 'Health by quarter: Q1 2025: 80, Q2 2025: 69, and Q3 2025: 57')).toBe(
      '<svg class="sparkline" role="img" aria-label="Health by quarter: Q1 2025: 80, Q2 2025: 69, and Q3 2025: 57" ' +
        'viewBox="0 0 88 24" width="88" height="24" direction="ltr">' +
        '<line class="sparkline-fifty" x1="0" y1="12" x2="88" y2="12"/>' +
        '<polyline points="61.6,6.6 73.3,8.6 85,10.7"/>' + // slots 5, 6, 7: x 61.57, 73.29, 85; y 6.6, 8.58, 10.74
        '<circle cx="85" cy="10.7" r="2.5"/></svg>',
    );
  });

  it('runs right to left on a right-to-left page: the newest quarter at the left', () => {
    // Slots 5, 6, 7 mirrored: x 88 - 61.57, 88 - 73.29, 88 - 85.
    const svg = healthSparkline([80, 69, 57], 'x', 'rtl');
    expect(svg).toContain('<polyline points="26.4,6.6 14.7,8.6 3,10.7"/>');
    expect(svg).toContain('<circle cx="3" cy="10.7" r="2.5"/>');
  });

  it('keeps the newest eight quarters and holds health inside 0 to 100', () => {
    const svg = healthSparkline([50, 120, 100, 90, 80, 70, 60, 50, -5], 'x');
    expect(svg).toContain('<polyline points="3,3 14.7,3 26.4,4.8 38.1,6.6 49.9,8.4 61.6,10.2 73.3,12 85,21"/>');
  });

  it('draws one quarter as a dot, and nothing for none', () => {
    expect(healthSparkline([100], 'x')).not.toContain('<polyline');
    expect(healthSparkline([100], 'x')).toContain('<circle cx="85" cy="3" r="2.5"/>');
    expect(healthSparkline([], 'x')).toBe('');
  });

  it('escapes its text alternative', () => {
    expect(healthSparkline([50], `A&B <Ltd> "Q1" 'x'`)).toContain(
      'aria-label="A&#38;B &#60;Ltd&#62; &#34;Q1&#34; &#39;x&#39;"',
    );
  });
});
