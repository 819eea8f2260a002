/**
 * The currency each country's papers mean by their local unit, and the web domains that name a country.
 *
 * Source: ISO 3166-1 alpha-2 -> ISO 4217 as in the currency-codes@2.2.0 data (the currency in general use; for
 * countries that use another's money, that money: Ecuador USD, Montenegro EUR, Namibia NAD). Country-code
 * top-level domains are ISO 3166 codes with the IANA exceptions ("uk" = GB) and without the ones sold as generic
 * names (".co", ".io", ".tv", ".me" ...), which say nothing about where a paper is.
 */

/** ISO 3166-1 alpha-2 -> ISO 4217. */
export const COUNTRY_CURRENCY: ReadonlyMap<string, string> = new Map(
  [
    'US:USD CA:CAD AU:AUD NZ:NZD SG:SGD HK:HKD TW:TWD JM:JMD TT:TTD BS:BSD BB:BBD BZ:BZD BM:BMD BN:BND KY:KYD',
    'LR:LRD SB:SBD SR:SRD GY:GYD FJ:FJD NA:NAD ZW:USD EC:USD SV:USD PA:USD PR:USD TL:USD FM:USD MH:USD PW:USD',
    'AG:XCD DM:XCD GD:XCD KN:XCD LC:XCD VC:XCD KI:AUD TV:AUD NR:AUD CK:NZD',
    'GB:GBP IE:EUR DE:EUR FR:EUR IT:EUR ES:EUR PT:EUR NL:EUR BE:EUR LU:EUR AT:EUR FI:EUR GR:EUR CY:EUR MT:EUR',
    'SK:EUR SI:EUR EE:EUR LV:EUR LT:EUR HR:EUR ME:EUR XK:EUR AD:EUR MC:EUR SM:EUR VA:EUR',
    'CH:CHF LI:CHF SE:SEK NO:NOK DK:DKK IS:ISK PL:PLN CZ:CZK HU:HUF RO:RON BG:BGN RS:RSD MK:MKD AL:ALL BA:BAM',
    'UA:UAH BY:BYN RU:RUB MD:MDL GE:GEL AM:AMD AZ:AZN TR:TRY KZ:KZT UZ:UZS KG:KGS TJ:TJS TM:TMT',
    'ZA:ZAR LS:LSL SZ:SZL BW:BWP ZM:ZMW MW:MWK MZ:MZN AO:AOA NG:NGN GH:GHS KE:KES UG:UGX TZ:TZS RW:RWF BI:BIF',
    'ET:ETB ER:ERN SO:SOS DJ:DJF SD:SDG SS:SSP EG:EGP LY:LYD TN:TND DZ:DZD MA:MAD MR:MRU GM:GMD SL:SLE GN:GNF',
    'CV:CVE ST:STN CD:CDF MG:MGA MU:MUR SC:SCR KM:KMF',
    'SN:XOF CI:XOF ML:XOF BF:XOF NE:XOF TG:XOF BJ:XOF GW:XOF CM:XAF GA:XAF CG:XAF TD:XAF CF:XAF GQ:XAF',
    'IN:INR PK:PKR LK:LKR NP:NPR BD:BDT BT:BTN MV:MVR AF:AFN IR:IRR IQ:IQD SA:SAR QA:QAR AE:AED OM:OMR KW:KWD',
    'BH:BHD JO:JOD LB:LBP SY:SYP IL:ILS PS:ILS YE:YER',
    'CN:CNY JP:JPY KR:KRW KP:KPW MN:MNT PH:PHP MY:MYR ID:IDR TH:THB VN:VND KH:KHR LA:LAK MM:MMK PG:PGK MO:MOP',
    'MX:MXN AR:ARS BR:BRL CL:CLP CO:COP PE:PEN UY:UYU PY:PYG BO:BOB VE:VES CU:CUP DO:DOP HT:HTG GT:GTQ',
    'HN:HNL NI:NIO CR:CRC',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Country-code domains that do not name a country: sold as generic names, or used for other purposes. */
export const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'co',
  'io',
  'tv',
  'me',
  'fm',
  'ly',
  'ai',
  'ws',
  'cc',
  'to',
  'am',
  'gg',
  'la',
  'nu',
  'tk',
  'ag',
  'sh',
  'ac',
  'gd',
  'vc',
  'so',
  'st',
]);

/** Country-code domains that differ from the ISO 3166 code. */
export const TLD_COUNTRY: ReadonlyMap<string, string> = new Map([['uk', 'GB']]);
