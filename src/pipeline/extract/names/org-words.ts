// General word lists for organization and product cues. None is keyed to a document or a company: they are the
// common nouns news English puts before, after or in the possession of company and product names.

/** Builds a lower-cased lookup set. */
function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );
}

/**
 * Lower-case nouns that name a kind of organization right before its name ("airline Aer Lingus", "engine maker
 * Europrop", "retailer Best Buy"). Nouns that also name a person's trade ("publisher", "developer", "operator")
 * are left out: "publisher Rupert Murdoch" is a person.
 */
export const ORG_NOUNS = set(`company companies firm airline airlines carrier maker automaker carmaker planemaker
  chipmaker drugmaker toymaker manufacturer retailer conglomerate airframer supplier contractor insurer lender
  bank broadcaster newspaper magazine website agency subsidiary parent giant startup start-up club brand chain
  group consortium companies firms carriers automakers carmakers manufacturers retailers insurers lenders banks
  broadcasters newspapers miners housebuilders homebuilders developers brokers brokerages airlines`);

/**
 * Nouns a company owns and a person rarely does: "X's shares", "X's chief executive", "X's board". Possessions a
 * politician or an athlete also has ("spokesman", "staff", "rival", "earnings", "orders") are left out.
 */
export const BUSINESS_NOUNS = set(`shares share stock stocks shareholders stockholders investors board directors
  ceo cfo coo chairman chairwoman subsidiary subsidiaries division divisions headquarters factory factories plant
  plants stores brand merger takeover acquisition customers fleet airliners aircraft jets planes devices software
  engines profit profits revenue revenues sales`);

/**
 * Lower-case nouns of manufactured things: a name right before one, or before a model number and one ("four
 * Rolls-Royce Trent 900 engines", "Macintosh computers"), names a product or its maker, not a person.
 */
export const PRODUCT_NOUNS = set(`engine engines aircraft airliner airliners jet jets jetliner jetliners plane
  planes airplane airplanes computer computers laptop laptops processor processors chip chips phone phones
  handset handsets device devices car cars truck trucks vehicle vehicles tablet tablets console consoles
  software browser servers helicopter helicopters tanker tankers rifle rifles missile missiles`);

/** Stock exchange names written before a ticker in parentheses ("(NYSE: BA)"). */
export const EXCHANGES = set(`nyse nasdaq amex lse tse tsx asx hkex sgx euronext xetra otc`);

/** Company-form suffixes: after one, a given name starts a new name ("Apple Inc. Steve Jobs"). */
export const CORPORATE_SUFFIXES = set(`inc corp co ltd plc llc gmbh ag sa nv bv limited incorporated corporation`);

/**
 * Title words that end a role, never a name: a run ending in one ("Chief Operating Officer", "Apple Chief
 * Executive Officer") is a role. Titles that are also common surnames ("Bishop", "Judge", "Marshal") are left out.
 */
export const ROLE_TAILS = set(`officer executive president director manager chairman chairwoman chairperson ceo
  cfo coo spokesman spokeswoman spokesperson secretary minister analyst economist commissioner ambassador
  vice-president writer correspondent editor reporter columnist`);

/** Words right after a place name that make it part of a currency ("US$", "US dollars"), not a place. */
export const CURRENCY_WORDS = set(`dollar dollars`);

/**
 * Lower-case nouns of corporate kinship written right after a company's name, as a modifier ("Airbus parent
 * EADS", "a Boeing subsidiary", "the Siemens unit"): only organizations have parents, subsidiaries and units.
 */
export const ORG_RELATION_NOUNS = set(`parent subsidiary subsidiaries affiliate affiliates unit units spinoff
  spin-off`);
