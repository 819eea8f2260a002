// Fill-ins for the generated benchmark corpus (see corpus.ts). Invented combinations of common names and real
// places, so every extractor has work of the usual kind; nothing here is keyed to the dev sets.

/** Given names drawn for generated people. */
export const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Wei', 'Olga', 'Carlos', 'Fatima', 'Hiroshi', 'Grace', 'Pavel', 'Amara', 'Liam',
  'Sofia', 'Mehmet', 'Ingrid', 'Rahul', 'Chloe', 'Kwame', 'Elena', 'Tomasz', 'Nadia', 'David', 'Yuki', 'Omar',
  'Helen', 'Sergei', 'Lucia', 'Adebayo', 'Anna', 'Jorge', 'Priya', 'Michael', 'Zhang', 'Ruth', 'Andrei', 'Leila',
] as const;

/** Family names drawn for generated people. */
export const LAST_NAMES = [
  'Okafor', 'Schmidt', 'Nakamura', 'Fernandez', 'Ivanova', 'Haddad', 'Kowalski', 'Mensah', 'Johansson', 'Patel',
  'Moreau', 'Chen', 'Rossi', 'Abdullah', 'Novak', 'Silva', 'Kim', 'Petrov', 'Murphy', 'Yilmaz', 'Garcia', 'Lindqvist',
  'Okonkwo', 'Tanaka', 'Dubois', 'Kaur', 'Walker', 'Morales', 'Horvat', 'Adeyemi', 'Brennan', 'Sato', 'Costa',
] as const;

/** Titles and roles that precede a name. */
export const TITLES = [
  'President', 'Prime Minister', 'Finance Minister', 'Foreign Minister', 'Governor', 'Mayor', 'Senator',
  'Chief Executive', 'spokeswoman', 'spokesman', 'Professor', 'economist', 'General', 'Judge', 'Ambassador',
] as const;

/** Cities, regions and countries. */
export const PLACES = [
  'Paris', 'Nairobi', 'Jakarta', 'Toronto', 'Buenos Aires', 'Warsaw', 'Osaka', 'Lagos', 'Istanbul', 'Melbourne',
  'Mumbai', 'Stockholm', 'Lima', 'Cairo', 'Vienna', 'Seoul', 'Chicago', 'Manila', 'Bogota', 'Athens', 'Germany',
  'Brazil', 'Kenya', 'Canada', 'Japan', 'India', 'Mexico', 'Egypt', 'Poland', 'Australia', 'Texas', 'Bavaria',
] as const;

/** Organizations. */
export const ORGS = [
  'the World Bank', 'the European Commission', 'the central bank', 'the Ministry of Health', 'Reuters',
  'the United Nations', 'the city council', 'the International Monetary Fund', 'the union', 'the port authority',
] as const;

/** Reporting verbs for quotes. */
export const CUES = ['said', 'told reporters', 'added', 'warned', 'noted', 'explained', 'insisted', 'argued'] as const;

/** Months, for written dates. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Paragraph templates. Slots: {P} a full name (a new one each time), {S} the surname of the last {P}, {T} a title,
 * {L} a place, {O} an organization, {C} a cue verb, {D} a written date, {M} an amount of money, {N} a number,
 * {Y} a year. Straight and curly quotes, reported speech, ranges and relative dates all appear.
 */
export const TEMPLATES = [
  '{T} {P} arrived in {L} on {D} for talks with officials from {O}, the first such visit in {N} years.',
  '"We will not accept a deal that leaves our workers behind," {S} {C}, adding that negotiations would resume next week.',
  '{O} said on Tuesday it would lend {M} to {L} over the next three years to rebuild roads and schools.',
  'According to {T} {P}, the budget for {Y} includes {M} for hospitals and a further {M} for regional airports.',
  '{P}, who leads the opposition in {L}, {C} that the plan was "too little, too late" and called for a vote before {D}.',
  'Prices in {L} rose {N} percent in the year to {D}, the fastest pace since {Y}, figures from {O} showed.',
  'The contract, worth between {M} and {M}, was signed in {L} on {D} by {T} {P} and representatives of {O}.',
  '“This is a turning point for the region,” {T} {P} {C}. “Nobody in {L} will forget what happened here.”',
  '{S} has said the company expects revenue of about {M} in {Y}, up from {M} a year earlier.',
  'Police in {L} said {N} people were arrested after protests that began on {D} and spread to {L} by the weekend.',
  'In an interview with {O}, {P} {C} that the government had "no intention" of raising taxes before {Y}.',
  'The meeting in {L} ended without agreement. Officials said talks would continue in {L} in the first week of {D}.',
  '{T} {P} and {T} {P} met for two hours on Monday, their first meeting since {D}.',
  'Shares of the firm fell {N} percent to {M} in early trading in {L}, wiping more than {M} off its market value.',
  '{P}, {N}, a teacher from {L}, {C}: "We were told the money would arrive by {D}. It never came."',
  'The fund, set up in {Y} with {M} from {O}, has paid out roughly {M} to families in {L} and {L}.',
  '{S} later told {O} that the figures were "preliminary" and could be revised when final data arrive on {D}.',
  'Flights between {L} and {L} were suspended from {D} until further notice, {O} {C}.',
  'Last year {L} exported goods worth {M}, mostly to {L}, while imports from {L} reached {M}.',
  '{T} {P} {C} the new rules would take effect on {D} and apply to every company with more than {N} employees.',
] as const;
