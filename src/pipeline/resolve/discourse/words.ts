// Tuning data for the discourse model: general English words that carry gender, number or a kind of source.
// Not tied to any text. (Speech verbs and titles of the quote extractor live in extract/quotes/cues.ts.)

/** Titles and honorifics before a name that state the person's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'mr mr. sir lord king prince duke baron earl father fr fr. brother monsieur m. señor senor herr'
    .split(' ')
    .map((w) => [w, 'm'] as const),
  ...'mrs mrs. ms ms. miss dame lady queen princess duchess baroness countess sister madam madame mme mme. señora senora frau smt smt. shrimati'
    .split(' ')
    .map((w) => [w, 'f'] as const),
]);

/** Nouns for people that state gender ("spokeswoman Jane Doe", "the 45-year-old mother said"). */
export const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'man boy father dad son husband brother grandfather uncle nephew spokesman chairman congressman businessman policeman fireman actor king prince gentleman widower boyfriend'
    .split(' ')
    .map((w) => [w, 'm'] as const),
  ...'woman girl mother mum mom daughter wife sister grandmother aunt niece spokeswoman chairwoman congresswoman businesswoman policewoman actress queen princess lady widow girlfriend'
    .split(' ')
    .map((w) => [w, 'f'] as const),
]);

/** Nouns naming a person (or persons) without a name: "the man", "the teenager", "the victim". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...GENDERED_NOUNS.keys(),
  ...'person teenager child victim witness resident student teacher doctor nurse farmer driver survivor mother-of-two father-of-two pensioner veteran player captain coach striker batsman bowler skipper manager star singer author'.split(
    ' ',
  ),
]);

/** Head nouns of sources that are documents or statements: their speaker is the document itself. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  'report reports statement statements document documents filing filings affidavit affidavits warrant complaint indictment lawsuit suit ruling judgment judgement order memo memorandum letter letters email emails records record papers survey study analysis audit review findings data transcript minutes release communique communiqué notice post tweet website bulletin charge sheet chargesheet petition submission submissions plan policy budget guidance guidelines summary'.split(
    ' ',
  ),
);

/** Head nouns of organizations and groups: the speaker is an organization, never a person. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  'company firm group ministry department directorate agency government council court police army military party union club bank board commission committee office authority authorities regulator service services embassy campaign administration team federation association society institute university school hospital network channel newspaper paper magazine broadcaster airline carrier operator manufacturer maker insurer retailer lender charity organisation organization organisers organizers foundation spokesperson-office presidency palace kremlin secretariat parliament assembly senate cabinet tribunal prosecution prosecutors investigators officials official sources source residents witnesses'.split(
    ' ',
  ),
);

/** Groups of people written as a plural noun: "officials said" is nobody in particular (anonymous). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  'official officials source sources spokesman spokeswoman spokesperson aide aides analyst analysts expert experts resident residents witness witnesses diplomat diplomats insider insiders observer observers people person critics supporters activists investigators prosecutors police officers doctors lawyers'.split(
    ' ',
  ),
);
