// The venue map like a person who has never been to the stadium: from a session to its room,
// a route with the lift, the keyboard alone, fingers and a mouse, the map as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const viewBox = async (page) =>
  (await page.locator('svg.map').getAttribute('viewBox')).split(' ').map(Number);

test('from a session to its room, highlighted on its level, then a step-free route to it', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022`);
  await page.getByRole('link', { name: 'Voir sur le plan' }).click();
  await page.waitForURL('**/plan?espace=pleniere');
  await page.locator('svg.map').waitFor();
  // The plenary hall is on level 2: that level is shown, the room pressed, its panel open.
  assert.equal(await page.locator('.levels a[aria-current=page]').textContent(), 'niveau 2');
  const room = page.locator('svg.map [data-space=pleniere]');
  assert.equal(await room.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.space-panel h2').textContent(), 'Grand Salon – salle plénière');
  assert.match(await page.locator('.space-panel').textContent(), /Boucle magnétique/);
  // What runs there, by the app's clock: the opening, at 10:00 on the Wednesday.
  await page.goto(`${server.origin}/plan?espace=pleniere&maintenant=2022-09-28T10:00`);
  await page.locator('.space-panel').waitFor();
  assert.match(await page.locator('.space-panel .space-sessions').first().textContent(), /Cérémonie d'ouverture/);

  // A route from the main entrance, step-free: the lift, then the room; drawn on the map.
  await page.getByRole('button', { name: "Itinéraire jusqu'ici" }).click();
  await page.waitForURL(/depuis=entree-principale/);
  await page.getByLabel('Sans marches (ascenseurs uniquement)').check();
  await page.waitForURL(/sansmarches=1/);
  const steps = await page.locator('.directions li').allTextContents();
  assert.equal(steps[1], "Prenez l'ascenseur jusqu'au niveau 2");
  assert.equal(steps.at(-1), 'Arrivée : Grand Salon – salle plénière');
  assert.match(await page.locator('.route-summary').textContent(), /^\d+ m, environ \d+ min à pied, un ascenseur$/);
  assert.ok(await page.locator('svg.map .route line').count() > 0, 'the route is drawn');
  // The ground floor shows where the route takes the lift.
  await page.locator('.levels a', { hasText: 'rez-de-chaussée' }).click();
  assert.match(await page.locator('svg.map .route-mark text').first().textContent(), /▲ 2/);

  // The press stand has stairs only: step-free, the app says so; with stairs, a route.
  await page.locator('#vers').selectOption('atelier-4');
  await page.waitForURL(/vers=atelier-4/);
  assert.match(await page.locator('.route-none').textContent(), /Aucun itinéraire sans marches/);
  await page.getByLabel('Sans marches (ascenseurs uniquement)').uncheck();
  await page.waitForURL((url) => !url.search.includes('sansmarches'));
  assert.match((await page.locator('.directions').textContent()), /escalier/);

  // Reload: the same route, from the address alone.
  const before = await page.locator('.directions li').allTextContents();
  await page.reload();
  await page.locator('.directions li').first().waitFor();
  assert.deepEqual(await page.locator('.directions li').allTextContents(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard alone pans and zooms; a tap on a room opens it; drag and wheel move the view', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/plan?niveau=1`);
  await page.locator('svg.map').waitFor();
  const start = await viewBox(page);
  await page.locator('.map-frame').focus();
  await page.keyboard.press('ArrowRight');
  let now = await viewBox(page);
  assert.ok(Math.abs(now[0] - (start[0] + 0.2 * start[2])) < 0.05, `${start} -> ${now}`);
  await page.keyboard.press('+');
  now = await viewBox(page);
  assert.ok(Math.abs(start[2] / now[2] - 1.5) < 0.01, 'zoomed in by 1.5');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  assert.ok((await viewBox(page))[2] > now[2]);
  await page.keyboard.press('0');
  assert.deepEqual(await viewBox(page), start);

  // Tab reaches the rooms; Enter opens one.
  await page.locator('svg.map [data-space=salon-artois]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/espace=salon-artois/);
  assert.equal(await page.locator('.space-panel h2').textContent(), 'Salon Artois');

  // A tap on another room opens it; a drag moves the view and opens nothing.
  await page.locator('svg.map [data-space=salon-gohelle] polygon').click();
  await page.waitForURL(/espace=salon-gohelle/);
  const box = await page.locator('svg.map').boundingBox();
  const before = await viewBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const dragged = await viewBox(page);
  assert.ok(dragged[0] > before[0], 'dragging left shows what is to the right');
  assert.match(page.url(), /espace=salon-gohelle/);
  await page.mouse.wheel(0, -200);
  await page.waitForTimeout(50);
  assert.ok((await viewBox(page))[2] < dragged[2], 'the wheel zooms in');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two fingers pinch to zoom on a touch screen', async () => {
  const { context, page, problems } = await openPage(browser, {
    viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true,
  });
  await page.goto(`${server.origin}/plan?niveau=2`);
  await page.locator('svg.map').waitFor();
  const start = await viewBox(page);
  const box = await page.locator('svg.map').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await context.newCDPSession(page);
  const touch = (type, spread) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [
      { x: cx - spread, y: cy, id: 1 },
      { x: cx + spread, y: cy, id: 2 },
    ],
  });
  await touch('touchStart', 30);
  for (const spread of [45, 60, 75, 90]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await page.waitForTimeout(50);
  const now = await viewBox(page);
  assert.ok(now[2] < start[2] / 2, `fingers apart zoom in: ${start[2]} -> ${now[2]}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the map as text lists every room by level with its way from the entrance; getting there', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${server.origin}/plan`);
  // Worked out when opened, not with the map.
  await page.locator('.map-text summary').waitFor();
  assert.equal(await page.locator('.map-text-list').count(), 0);
  await page.locator('.map-text summary').click();
  await page.locator('.map-text-list').first().waitFor();
  const text = await page.locator('.map-text').textContent();
  for (const name of ['Salon Terril', 'Atelier 4 (tribune de presse)', 'Toilettes accessibles', 'Poste de secours']) {
    assert.ok(text.includes(name), name);
  }
  // Steps in one sentence: after a no-break space and a semicolon, in lower case.
  assert.match(text, /Lepagnot\u00a0; prenez l'ascenseur jusqu'au niveau 3\u00a0; puis à gauche, 35 m/);
  assert.match(text, /par un escalier uniquement/);
  const ways = await page.locator('.ways h3').allTextContents();
  assert.equal(ways.length, 3);
  assert.match(ways[0], /Gare de Lens/);
  assert.match(await page.locator('.ways').textContent(), /Bulle 1 et Bulle 3/);
  assert.equal(await page.locator('svg.surroundings').getAttribute('role'), 'img');
  // English too.
  await page.getByRole('button', { name: 'Read in English' }).click();
  assert.equal(await page.locator('.levels a').last().textContent(), 'ground floor');
  await context.close();
});

test("a room's panel follows the clock: what runs now changes while the map stays open", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  // The device's clock: Wednesday 28 September 2022, 10:40 in Lens, during the opening.
  await page.clock.install({ time: new Date('2022-09-28T10:40:00+02:00') });
  await page.goto(`${server.origin}/plan?espace=pleniere`);
  await page.locator('.space-panel').waitFor();
  const now = page.locator('.space-panel h3 + *').first();
  assert.match(await now.textContent(), /Cérémonie d'ouverture/);
  // Ten minutes later, with nothing touched: the opening (until 10:45) is over.
  await page.clock.fastForward('10:00');
  await page.waitForFunction(() => !document.querySelector('.space-panel h3 + *').textContent.includes("Cérémonie d'ouverture"));
  assert.doesNotMatch(await now.textContent(), /Cérémonie d'ouverture/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the venue map is read once per page: back on the map, and on the agenda, no new request', async () => {
  const { context, page, problems, requests } = await openPage(browser);
  await page.goto(`${server.origin}/plan`);
  await page.locator('svg.map [data-space]').first().waitFor();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Programme' }).click();
  await page.locator('.session-card').first().waitFor();
  await nav.getByRole('link', { name: 'Plan' }).click();
  await page.locator('svg.map [data-space]').first().waitFor();
  // The agenda uses the map for the walks between sessions.
  await page.goto(`${server.origin}/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022`);
  await page.locator('.session-actions button.star').click();
  await nav.getByRole('link', { name: 'Mon agenda' }).click();
  await page.locator('.planned').first().waitFor();
  await nav.getByRole('link', { name: 'Plan' }).click();
  await page.locator('svg.map [data-space]').first().waitFor();
  const venue = (list) => list.filter((url) => new URL(url).pathname === '/venue.json').length;
  // Two page loads (the address typed, then the session's): one read each.
  assert.equal(venue(requests), 2, requests.filter((u) => u.endsWith('.json')).join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the map cannot be downloaded, the map page says so, not the programme, and tries again', async () => {
  for (const [lang, cut, headline, retry] of [
    ['fr', (route) => route.abort('connectionreset'),
      "Le plan n'a pas pu être téléchargé. Vérifiez votre connexion puis réessayez.", 'Réessayer'],
    ['en', (route) => route.fulfill({ status: 503, body: 'busy' }),
      'The map file /venue.json could not be read (HTTP error 503).', 'Try again'],
  ]) {
    // No service worker: its copy of the map, made in the background, would answer instead of
    // the network this test cuts (whichever comes first, a race).
    const { context, page } = await openPage(browser, { serviceWorkers: 'block' });
    await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    const venue = (url) => url.pathname === '/venue.json';
    await page.route(venue, cut);
    await page.goto(`${server.origin}/plan`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: headline }).waitFor();
    assert.doesNotMatch(await alert.textContent(), /programme/i);
    await page.unroute(venue);
    await alert.getByRole('button', { name: retry }).click();
    await page.locator('svg.map [data-space]').first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await context.close();
  }
});

// Issue 22, point 5: a map framed on what was asked, labels inside their rooms, a legend, and
// the focus kept on the room chosen with the keyboard.

/** Boxes on screen (CSS pixels) of the map and of a room's shape. */
const screenBoxes = (page, id) => page.evaluate((id) => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
  return { map: box(document.querySelector('svg.map')), room: box(document.querySelector(`svg.map [data-space="${id}"] polygon`)) };
}, id);

test('a chosen room opens whole on screen, a good share of it, on a phone and a laptop', async () => {
  for (const [width, height] of [[390, 844], [390, 600], [1280, 700], [1280, 800]]) {
    const { context, page, problems } = await openPage(browser, { viewport: { width, height } });
    for (const id of ['atelier-4', 'pleniere', 'salon-terril', 'entree-est']) {
      await page.goto(`${server.origin}/plan?espace=${id}`);
      await page.locator(`svg.map [data-space="${id}"]`).waitFor();
      await page.waitForTimeout(50);
      const { map, room } = await screenBoxes(page, id);
      const at = `${id} at ${width}×${height}: room ${JSON.stringify(room)} in ${JSON.stringify(map)}`;
      assert.ok(room.x >= map.x - 1 && room.y >= map.y - 1 && room.x + room.w <= map.x + map.w + 1
        && room.y + room.h <= map.y + map.h + 1, `${at}: wholly on screen`);
      const share = Math.max(room.w / map.w, room.h / map.h);
      assert.ok(share >= 0.25 && share <= 0.75, `${at}: share ${share}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("a route is framed whole on its levels, and a level link frames that level's part", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/plan?depuis=entree-principale&vers=pleniere&sansmarches=1`);
  const onScreen = async (level) => {
    await page.locator('svg.map .route-end').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(50);
    const out = await page.evaluate(() => {
      const map = document.querySelector('svg.map').getBoundingClientRect();
      const svg = document.querySelector('svg.map');
      const ctm = svg.getScreenCTM();
      const points = [];
      for (const l of svg.querySelectorAll('.route line')) {
        points.push([+l.getAttribute('x1'), +l.getAttribute('y1')], [+l.getAttribute('x2'), +l.getAttribute('y2')]);
      }
      for (const c of svg.querySelectorAll('.route-end, .route-mark circle')) {
        points.push([+c.getAttribute('cx'), +c.getAttribute('cy')]);
      }
      return points.map(([x, y]) => [ctm.a * x + ctm.e, ctm.d * y + ctm.f])
        .filter(([x, y]) => x < map.left + 8 || x > map.right - 8 || y < map.top + 8 || y > map.bottom - 8);
    });
    assert.deepEqual(out, [], `level ${level}: points of the route off screen`);
  };
  await onScreen('rez-de-chaussée');
  assert.equal(await page.locator('.levels a[aria-current=page]').textContent(), 'rez-de-chaussée');
  await page.locator('.levels a', { hasText: 'niveau 2' }).click();
  await page.waitForURL(/niveau=2/);
  await onScreen('niveau 2');
  await page.locator('.levels a', { hasText: 'rez-de-chaussée' }).click();
  await page.waitForURL(/niveau=0/);
  await onScreen('rez-de-chaussée, again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('labels stay inside their rooms and apart; every symbol drawn is in the legend', async () => {
  for (const [width, height, lang] of [[390, 844, 'fr'], [1280, 800, 'en']]) {
    const { context, page, problems } = await openPage(browser, { viewport: { width, height } });
    await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    const views = ['/plan?niveau=0', '/plan?niveau=1', '/plan?niveau=2', '/plan?niveau=3',
      '/plan?espace=pleniere', '/plan?espace=village', '/plan?espace=atelier-4', '/plan?espace=wc-pmr-0'];
    for (const view of views) {
      await page.goto(`${server.origin}${view}`);
      await page.locator('svg.map [data-space]').first().waitFor();
      for (const zoom of [0, 1, 2]) {
        if (zoom > 0) {
          await page.locator('.zoom-in').click();
          await page.waitForTimeout(30);
        }
        const found = await page.evaluate(() => {
          const svg = document.querySelector('svg.map');
          const labels = [];
          const problems = [];
          for (const g of svg.querySelectorAll('[data-space]')) {
            const text = g.querySelector('text');
            if (!text.textContent) continue;
            const t = text.getBBox();
            const r = g.querySelector('polygon').getBBox();
            if (t.x < r.x - 0.01 || t.y < r.y - 0.01 || t.x + t.width > r.x + r.width + 0.01 || t.y + t.height > r.y + r.height + 0.01) {
              problems.push(`${text.textContent} spills out of ${g.dataset.space}`);
            }
            labels.push([text.textContent, t]);
          }
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              const [[na, a], [nb, b]] = [labels[i], labels[j]];
              if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
                problems.push(`${na} over ${nb}`);
              }
            }
          }
          const symbols = [...svg.querySelectorAll('[data-space] text.symbol')].map((t) => t.textContent).filter(Boolean);
          const legend = [...document.querySelectorAll('.legend .legend-symbol')].map((s) => s.textContent);
          return { problems, symbols, legend };
        });
        assert.deepEqual(found.problems, [], `${view}, zoom ${zoom}, ${width}×${height}`);
        for (const symbol of found.symbols) {
          assert.ok(found.legend.includes(symbol), `${symbol} is drawn on ${view} but not in the legend`);
        }
        const chosen = view.match(/espace=(.+)/)?.[1];
        if (chosen && zoom === 0) {
          const text = await page.locator(`svg.map [data-space="${chosen}"] text`).textContent();
          assert.ok(text.length > 0, `${view}: the chosen room says its name`);
        }
      }
    }
    // Every symbol the map can draw is in the legend, with words, visible under the map.
    const legend = page.locator('.legend');
    assert.ok(await legend.isVisible());
    for (const symbol of ['WC', '♿ WC', '⇅', '▤', '✚', '→']) {
      assert.ok((await legend.locator('.legend-symbol').allTextContents()).includes(symbol), symbol);
    }
    assert.match(await legend.textContent(), lang === 'fr' ? /Ascenseur.*Escalier/ : /Lift.*Stairs/);
    const mapBottom = await page.locator('svg.map').evaluate((e) => e.getBoundingClientRect().bottom);
    const legendTop = await legend.evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(legendTop - mapBottom < 40, `the legend is under the map: ${legendTop - mapBottom} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('Enter or Space on a room chooses it and the focus stays on that room', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/plan?niveau=1`);
  await page.locator('svg.map [data-space=salon-artois]').waitFor();
  // From the map's frame, Tab goes to the rooms, in order.
  await page.locator('.map-frame').focus();
  let tabs = 0;
  while (await page.evaluate(() => document.activeElement?.dataset?.space) !== 'salon-artois' && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.space), 'salon-artois');
  await page.keyboard.press('Enter');
  await page.waitForURL(/espace=salon-artois/);
  await page.locator('.space-panel h2').waitFor();
  await page.waitForTimeout(100);
  const focused = () => page.evaluate(() => ({
    space: document.activeElement?.dataset?.space ?? null,
    tag: document.activeElement?.tagName ?? null,
    pressed: document.activeElement?.getAttribute('aria-pressed') ?? null,
  }));
  assert.deepEqual(await focused(), { space: 'salon-artois', tag: 'g', pressed: 'true' });
  // Space on the next room: the same.
  await page.keyboard.press('Shift+Tab');
  const previous = (await focused()).space;
  assert.ok(previous, 'Shift+Tab reaches the room before');
  await page.keyboard.press(' ');
  await page.waitForURL(new RegExp(`espace=${previous}`));
  await page.waitForTimeout(100);
  assert.deepEqual(await focused(), { space: previous, tag: 'g', pressed: 'true' });
  assert.equal(await page.locator('svg.map [data-space=salon-artois]').getAttribute('aria-pressed'), 'false');
  // Not the page's top: the heading, the skip link and the body do not have it.
  assert.ok(await page.evaluate(() => document.activeElement !== document.body
    && !document.activeElement.matches('h1, main, .skip-link')));
  assert.deepEqual(problems, []);
  await context.close();
});
