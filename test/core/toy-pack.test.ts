/**
 * Adding a language is one folder and one line: a toy pack ("xx") registered beside the real ones joins every
 * list that is derived from the packs, and its words are read. A language the user sees has one more line, for
 * its shown words.
 */
import type * as Core from '../../src/core';
import type { LangPack, UiPack } from '../../src/core/lang/types';
import type * as Schemas from '../../src/core/schemas';

/** The core, and its schemas (which hosts load on demand), both built with the toy pack registered. */
function withToyPack(): typeof Core & { schemas: typeof Schemas } {
  let core!: typeof Core & { schemas: typeof Schemas };
  jest.isolateModules(() => {
    const { en } = jest.requireActual('../../src/core/lang/en') as { en: LangPack };
    const real = jest.requireActual('../../src/core/lang/packs') as { PACKS: LangPack[] };
    const toy: LangPack = {
      ...en,
      code: 'xx',
      name: 'Toy',
      time: { ...en.time, monthExtras: { ...en.time.monthExtras, primavo: 3 }, quarter: [...en.time.quarter, 'kvaro'] },
      headers: {
        ...en.headers,
        goal: ['celo'], activity: ['agado'], method: ['metodo'], time: ['tempo'], owner: ['respondeco'], outcome: ['rezulto'],
      },
      vagueOwners: ['ciuj'],
      guess: { words: ['agado', 'celo', 'tempo', 'respondeco', 'rezulto'] },
    };
    const shown = jest.requireActual('../../src/core/lang/ui-packs') as { UI_PACKS: UiPack[] };
    const toyShown: UiPack = { ...shown.UI_PACKS[0], code: 'xx', name: 'Toy', ui: { ...shown.UI_PACKS[0].ui, validate: 'Kontroli' } };
    jest.doMock('../../src/core/lang/packs', () => ({ PACKS: [...real.PACKS, toy] }));
    jest.doMock('../../src/core/lang/ui-packs', () => ({ UI_PACKS: [...shown.UI_PACKS, toyShown] }));
    core = { ...require('../../src/core'), schemas: require('../../src/core/schemas') };
    jest.dontMock('../../src/core/lang/packs');
    jest.dontMock('../../src/core/lang/ui-packs');
  });
  return core;
}

describe('a toy language pack', () => {
  const core = withToyPack();
  const plan = core.gridFromRows('Plan', [
    ['Celo', 'Agado', 'Metodo', 'Tempo', 'Respondeco', 'Rezulto'],
    ['1. Unua', '1.1 Kunveno', 'kunsido', 'primavo 2024', 'Ana', 'protokolo'],
    ['', '1.2 Enketo', 'formularo', 'kvaro 3 2024', 'ciuj', 'raporto'],
  ]);

  test('joins LANGS, UI_LANGS and the plan schema', () => {
    expect(core.LANGS).toContain('xx');
    expect(core.UI_LANGS).toContain('xx');
    expect(core.schemas.PlanSchema.shape.lang.safeParse('xx').success).toBe(true);
    expect(core.pickLang('xx-YY')).toBe('xx');
  });
  test('its header words find the table and its roles, and its language is guessed', () => {
    const [p] = core.analyzeGrids([plan]).plans;
    expect(p.columns.map((c) => c.role)).toEqual(['goal', 'activity', 'method', 'time', 'owner', 'outcome']);
    expect(p.lang).toBe('xx');
  });
  test('its time words are read', () => {
    const [p] = core.analyzeGrids([plan]).plans;
    expect(p.rows.map((r) => r.timeResult.spans)).toEqual([[{ start: '2024-03', end: '2024-03' }], [{ start: '2024-07', end: '2024-09' }]]);
  });
  test('its vague owners are reported', () => {
    const a = core.analyzeGrids([plan]);
    expect(a.findings.filter((f) => f.rule === 'vague-owner').map((f) => f.cell)).toEqual(['E3']);
  });
  test('its UI words are shown', () => {
    expect(core.ui('xx', 'validate')).toBe('Kontroli');
  });
});

test('without the toy pack none of this is read (the test above can fail)', () => {
  let core!: typeof Core;
  jest.isolateModules(() => {
    core = require('../../src/core');
  });
  expect(core.LANGS).not.toContain('xx');
  expect(core.parseTime('primavo 2024').spans).not.toEqual([{ start: '2024-03', end: '2024-03' }]);
});
