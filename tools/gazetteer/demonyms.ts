import { dataDemonyms } from './countries';

/**
 * Demonyms and nationality adjectives: the English demonyms of `world-countries` plus common short forms the data
 * does not give ("Kazakh" where the data says "Kazakhstani").
 */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  Kazakh: 'KZ',
  Uzbek: 'UZ',
  Tajik: 'TJ',
  Kyrgyz: 'KG',
  Turkmen: 'TM',
  Azeri: 'AZ',
  Afghan: 'AF',
  English: 'GB',
  Scottish: 'GB',
  Scots: 'GB',
  Welsh: 'GB',
  Briton: 'GB',
  Brit: 'GB',
  Soviet: 'RU',
  Filipino: 'PH',
  Kiwi: 'NZ',
  Emirati: 'AE',
  Saudi: 'SA',
  Czech: 'CZ',
  Slovak: 'SK',
  Kosovar: 'XK',
  Lao: 'LA',
  Thai: 'TH',
  Turkish: 'TR',
  Persian: 'IR',
  Israeli: 'IL',
  Palestinian: 'PS',
  Bosnian: 'BA',
  Moldovan: 'MD',
  Belarusian: 'BY',
  Ukrainian: 'UA',
  Georgian: 'GE',
  Armenian: 'AM',
};

/** Demonym -> ISO code, built once. */
export function buildDemonyms(): ReadonlyMap<string, string> {
  const out = new Map(dataDemonyms());
  for (const [word, code] of Object.entries(EXTRA_DEMONYMS)) if (!out.has(word)) out.set(word, code);
  return out;
}
