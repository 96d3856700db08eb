import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/dates.ts';

const lateEvening = new Date('2026-11-26T23:30:00Z');
const earlyMorning = new Date('2026-11-26T00:30:00Z');

describe('dates', () => {
  it.each([
    ['en', '26 November 2026'],
    ['fr', '26 novembre 2026'],
    ['de', '26. November 2026'],
  ])('writes a date out in full for %s readers', (lang, expected) => {
    expect(formatDate(new Date('2026-11-26T12:00:00Z'), lang)).toBe(expected);
  });

  it('writes British English by default', () => {
    expect(formatDate(new Date('2026-03-01T12:00:00Z'))).toBe('1 March 2026');
  });

  it('writes an ISO day for <time datetime>', () => {
    expect(isoDate(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
  });

  // The build machine's time zone must never move a date to the day before or after.
  describe.each([
    ['Pacific/Kiritimati', lateEvening, 27], // UTC+14: locally already the next day
    ['Pacific/Pago_Pago', earlyMorning, 25], // UTC-11: locally still the day before
  ])('on a machine in %s', (zone, date, localDay) => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env['TZ'];
      process.env['TZ'] = zone;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    });

    it('keeps the UTC day', () => {
      expect(date.getDate()).toBe(localDay); // the zone really applies
      expect(formatDate(date)).toBe('26 November 2026');
      expect(isoDate(date)).toBe('2026-11-26');
    });
  });
});
