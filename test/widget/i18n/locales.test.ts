// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestLang, loadLocale, SUPPORTED_LANGUAGES } from '../../../widget/i18n/locale.ts';

const DIR = resolve('widget/i18n/locales');
const keys = (file: string): string[] => Object.keys(JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as object).sort();

describe("the widget's languages", () => {
  it('every locale file has exactly the English keys, and each is offered', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    for (const file of files) expect(keys(file), file).toEqual(keys('en.json'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('a regional tag takes its language; an unknown one is English', async () => {
    const fr = await loadLocale('fr-CA');
    expect([fr.lang, fr.t('status.verified')]).toEqual(['fr', 'Vérifié']);
    expect((await fr.detailsMessages())['details.checks']).toBe('Ce qui a été vérifié');
    const other = await loadLocale('tlh');
    expect([other.lang, other.t('status.verified'), await other.detailsMessages()]).toEqual(['en', 'Verified', {}]);
  });

  it('the language is the closest [lang] around the element, across shadow roots', () => {
    document.body.innerHTML = '<section lang="fr"><div id="host"></div></section>';
    const inner = document.createElement('span');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).append(inner);
    expect(closestLang(inner)).toBe('fr');
  });
});
