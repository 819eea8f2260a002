// Occupations written as a title before a name ("Investigator Robert Cornett", "Realtor Shaun Ghulam"). Like a
// title they are the person's role, not part of the name: the name is Robert Cornett, the role investigator.
// Kept apart from the title list of words.ts (which the shared lexicon will replace) and read by isTitle.

/** Lower-cased occupation nouns that news writes capitalized before a person's name. */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  `investigator detective realtor attorney lawyer prosecutor barrister solicitor sheriff trooper constable
  firefighter paramedic nurse pastor imam rabbi priest coach trainer striker midfielder goalkeeper defender
  quarterback pitcher jockey economist analyst strategist researcher scientist historian novelist author
  architect photographer chef farmer teacher principal councillor councilman councilwoman alderman
  superintendent agent broker banker entrepreneur activist campaigner composer singer songwriter actor actress
  filmmaker playwright poet painter sculptor musician guitarist drummer pianist violinist cellist dancer
  comedian presenter broadcaster journalist reporter columnist commentator astronaut surgeon physician
  psychologist engineer inventor sprinter swimmer cyclist golfer wrestler skier batsman bowler wicketkeeper
  winger fullback outfielder shortstop`
    .trim()
    .split(/\s+/),
);
