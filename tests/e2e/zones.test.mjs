// Programmes far from Paris, seen from a device in another zone: the days and times are the
// event's (its zone's history included: Toronto's summer time of 2006, the day Kiritimati
// skipped), a note says so, and the calendar file holds the right instants. The app reads the
// zone from the browser (Intl), not from a database in its WASM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, repo, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const CASES = [
  {
    file: 'africa-dakar.json', zone: 'Africa/Dakar', device: 'Asia/Tokyo',
    days: ['mercredi 20 novembre', 'jeudi 21 novembre'],
    sessions: [
      { id: 'matin', day: '2024-11-20', when: '09:00–10:00', start: '20241120T090000Z', end: '20241120T100000Z' },
      { id: 'soir', day: '2024-11-21', when: '20:30–22:00', start: '20241121T203000Z', end: '20241121T220000Z' },
    ],
  },
  {
    file: 'america-toronto.json', zone: 'America/Toronto', device: 'Europe/Paris',
    days: ['samedi 28 octobre', 'dimanche 29 octobre', 'lundi 30 octobre', 'mardi 31 octobre'],
    sessions: [
      { id: 'samedi', day: '2006-10-28', when: '10:00–11:00', start: '20061028T140000Z', end: '20061028T150000Z' },
      // Until 2006 summer time ended on the last Sunday of October: 10:00 on the 31st is -05:00.
      { id: 'mardi', day: '2006-10-31', when: '10:00–11:30', start: '20061031T150000Z', end: '20061031T163000Z' },
    ],
  },
  {
    file: 'asia-tokyo.json', zone: 'Asia/Tokyo', device: 'America/Los_Angeles',
    days: ['vendredi 14 mars', 'samedi 15 mars'],
    sessions: [
      // In Los Angeles it is still Thursday 13 March.
      { id: 'tot', day: '2025-03-14', when: '08:00–09:00', start: '20250313T230000Z', end: '20250314T000000Z' },
      { id: 'midi', day: '2025-03-15', when: '12:00–13:00', start: '20250315T030000Z', end: '20250315T040000Z' },
    ],
  },
  {
    file: 'pacific-kiritimati.json', zone: 'Pacific/Kiritimati', device: 'America/Los_Angeles',
    // 31 December 1994 never happened in Kiritimati, which went from -10:00 to +14:00.
    days: ['vendredi 30 décembre', 'dimanche 1er janvier'],
    sessions: [
      { id: 'vendredi', day: '1994-12-30', when: '10:00–11:00', start: '19941230T200000Z', end: '19941230T210000Z' },
      // In Los Angeles, Saturday 31 December, 12:00.
      { id: 'dimanche', day: '1995-01-01', when: '10:00–11:00', start: '19941231T200000Z', end: '19941231T210000Z' },
    ],
  },
];

/** DTSTART and DTEND of each event of a calendar file. */
const instants = (ics) => ics.split(/\r\n/)
  .filter((line) => line.startsWith('DTSTART:') || line.startsWith('DTEND:'));

for (const { file, zone, device, days, sessions } of CASES) {
  test(`a programme in ${zone}, seen from ${device}: its days, its times, its instants`, { timeout: 120000 }, async () => {
    const address = `/zones/${file}`;
    const text = readFileSync(path.join(repo, 'tests', 'fixtures', 'zones', file), 'utf8');
    server.overrides.set(address, ['application/json', text]);
    const { context, page, problems } = await openPage(browser, { timezoneId: device, acceptDownloads: true });
    const q = `programme=${encodeURIComponent(address)}`;
    for (const { id, day, when, start, end } of sessions) {
      await page.goto(`${server.origin}/programme?${q}&jour=${day}`);
      const card = page.locator(`.session-card[data-session="${id}"]`);
      await card.waitFor();
      assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), device);
      assert.equal(await card.locator('.when').textContent(), when, `${zone} ${id}`);
      assert.deepEqual(await page.locator('nav.days .day-name').allTextContents(), [...days, 'Tous les jours'], zone);
      // One note says the times are the event's, naming its zone.
      assert.equal(await page.locator('.tz-note').count(), 1);
      assert.match(await page.locator('.tz-note').textContent(), new RegExp(`à l'heure de l'événement \\(${zone}\\)`));
      // The calendar file holds the instants, in UTC.
      await page.goto(`${server.origin}/session/${id}?${q}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ajouter à mon calendrier (.ics)' }).click(),
      ]);
      const ics = readFileSync(await download.path(), 'utf8');
      assert.deepEqual(instants(ics), [`DTSTART:${start}`, `DTEND:${end}`], `${zone} ${id}`);
    }
    assert.deepEqual(problems, []);
    server.overrides.delete(address);
    await context.close();
  });
}

test('a programme in a zone the browser does not know is refused with examples of names', { timeout: 60000 }, async () => {
  const address = '/zones/edo.json';
  const text = readFileSync(path.join(repo, 'tests', 'fixtures', 'zones', 'asia-tokyo.json'), 'utf8')
    .replace('"Asia/Tokyo"', '"Asia/Edo"');
  server.overrides.set(address, ['application/json', text]);
  const { context, page } = await openPage(browser);
  await page.goto(`${server.origin}/programme?programme=${encodeURIComponent(address)}`);
  await page.getByText(/fuseau horaire « Asia\/Edo » inconnu : il faut un nom de la base IANA, comme Europe\/Paris, Africa\/Dakar ou America\/Toronto/).waitFor();
  server.overrides.delete(address);
  await context.close();
});
