// Titles, honorifics and role nouns of news English, in one place. The name passes read HONORIFICS, TITLES and
// ROLE_MODIFIERS (words before a name that are part of a role, never of the name); the speaker passes read
// SPEAKER_ROLE_NOUNS (lower-case nouns inside a speaker phrase, "MSNBC host Chris Matthews"). The two uses differ on
// purpose: TITLES holds the capitalized words that head a role in front of a name ("Prime Minister", "striker"),
// SPEAKER_ROLE_NOUNS the nouns that describe who speaks ("host", "pollster", "staff"); tests/lexicon.test.ts pins
// which words only one of them has.
import { wordSet } from './word-set';

/** Honorifics written before a name (with or without a period): strong evidence that a person follows. */
export const HONORIFICS = wordSet(`mr mrs ms miss mx dr prof sir dame lord lady sen rep gov gen lt col capt maj sgt cpl
  adm cmdr rev fr sheikh sheik imam rabbi pope king queen prince princess emperor mme mlle herr frau senor sra sr`);

/**
 * Title words that head a role before a name ("President", "Prime Minister", "Kremlin Spokesman"). Capitalized in
 * front of a name they are part of the role, never of the name.
 */
export const TITLES = wordSet(`president vice premier minister chancellor secretary spokesman spokeswoman spokesperson
  chairman chairwoman chairperson chair governor mayor senator congressman congresswoman representative ambassador
  envoy general admiral colonel commander marshal lieutenant captain sergeant officer chief director deputy head
  leader judge justice attorney prosecutor commissioner inspector superintendent detective coach manager ceo cfo coo
  founder cofounder co-founder executive analyst economist professor doctor bishop archbishop cardinal patriarch
  ayatollah mullah cleric monarch sultan emir tsar czar crown pm foreign defence defense interior finance trade
  economy justice energy health education prime acting former late ex- then-president striker midfielder defender
  goalkeeper forward winger skipper batsman bowler spinner pitcher quarterback rider driver champion veteran
  playmaker keeper all-rounder opener allrounder referee umpire negotiator mediator lawyer spokesmen chancellor
  dictator strongman rebel warlord leader-elect president-elect nominee candidate`);

/** Words that qualify a title ("former", "acting") but, lower-case before a name, say nothing about a person. */
export const ROLE_MODIFIERS = wordSet(`former acting late ex- then then-president crown prime vice deputy foreign
  defence defense interior finance trade economy energy health education justice`);

/** Lower-case role nouns that may stand between names in a speaker phrase: "MSNBC host Chris Matthews". */
export const SPEAKER_ROLE_NOUNS: ReadonlySet<string> = new Set(
  'host anchor spokesman spokeswoman spokesperson secretary chairman chairwoman chair president leader director adviser advisor aide official manager analyst professor senator governor mayor minister ambassador correspondent reporter editor columnist strategist lawyer attorney founder executive chief economist campaign press deputy general committee candidate nominee member commissioner representative congressman congresswoman speaker judge justice prosecutor officer commander coach author writer historian expert researcher scientist activist organizer pollster consultant partner owner ceo cofounder co-founder head vice assistant counsel surrogate staff'.split(
    ' ',
  ),
);
