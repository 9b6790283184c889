import { expect } from '@open-wc/testing';
import { formatCurrency, formatDifference, formatNumber, formatPercent, formatPeriod, formatValue } from './format.ts';

// Intl puts a no-break space (U+00A0) or narrow no-break space (U+202F) before units; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats numbers in German and English', () => {
    expect(formatNumber('de', 61141)).to.equal('61.141');
    expect(formatNumber('en', 61141)).to.equal('61,141');
    expect(formatNumber('de', 1234.5, 1)).to.equal('1.234,5');
    expect(formatNumber('de', 0.6, 2)).to.equal('0,60');
  });

  it('formats percentages and values with the indicator unit and decimals', () => {
    expect(plain(formatPercent('de', 5.78, 2))).to.equal('5,78 %');
    expect(plain(formatPercent('en', 5.78, 2))).to.equal('5.78%');
    expect(plain(formatValue('de', 12.5, '%', 1))).to.equal('12,5 %');
    expect(plain(formatValue('de', 1234.5, '%', 1))).to.equal('1.234,5 %');
    expect(plain(formatValue('de', 61141, 'Personen'))).to.equal('61.141 Personen');
    expect(formatValue('de', 0.6, '', 2)).to.equal('0,60');
  });

  it('formats currency', () => {
    expect(plain(formatCurrency('de', 417690))).to.equal('417.690 €');
    expect(plain(formatCurrency('en', 417690))).to.equal('€417,690');
    expect(plain(formatCurrency('de', 749922.5, 'EUR', 2))).to.equal('749.922,50 €');
  });

  it('formats differences with a sign and percentage points', () => {
    expect(plain(formatDifference('de', 7.5, '%', 1))).to.equal('+7,5 Prozentpunkte');
    expect(plain(formatDifference('en', -1.25, '%', 1))).to.equal('-1.3 percentage points');
    expect(plain(formatDifference('de', -120, 'Personen'))).to.equal('-120 Personen');
  });

  it('formats periods of every granularity', () => {
    expect(formatPeriod('de', '2023')).to.equal('2023');
    expect(plain(formatPeriod('de', '2023-Q2'))).to.equal('2. Quartal 2023');
    expect(plain(formatPeriod('en', '2023-Q2'))).to.equal('Q2 2023');
    expect(formatPeriod('de', '2023-06')).to.equal('Juni 2023');
    expect(formatPeriod('en', '2023-06')).to.equal('June 2023');
    expect(formatPeriod('de', '2023-12-31')).to.equal('31. Dezember 2023');
    expect(formatPeriod('de', '2023-12-31', 'short')).to.equal('31.12.2023');
    expect(formatPeriod('de', 'kein Zeitraum')).to.equal('kein Zeitraum');
  });
});
