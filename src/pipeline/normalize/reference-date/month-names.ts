// Month names of the languages news pages write their own dates in, for reference-date's day-month-year reading
// ("5 juin 2018", "14 Kasım 2023", "14 ноября 2023", "8 lutego 2024", "14. listopadu 2023", "14 نوفمبر 2023"). Slavic,
// Baltic-Finnic and Greek dates put the month in the genitive ("ноября", "listopada", "marraskuuta", "Νοεμβρίου"),
// so those forms are listed (Serbian, Bulgarian and Macedonian Cyrillic, Icelandic, Urdu and Persian too). English
// names are the shared grammar's (src/text/dates/lexicon.ts).
//
// Where two languages spell different months alike, the more widely read one keeps the word: Croatian "listopada"
// (October) is Polish "listopada" (November), and is left out with the rest of the Croatian names.

/**
 * Each language's twelve months, January first, separated by spaces; "|" separates the spellings and abbreviations
 * of one month, "_" stands for a space inside a name ("تشرين_الثاني"). The last row holds the abbreviations several
 * languages share (and English's, for "14 Dec. 2015" on a foreign page).
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  french:
    'janvier|janv février|fevrier|févr|fevr mars avril|avr mai juin juillet|juil août|aout septembre octobre novembre décembre|decembre|déc',
  german: 'januar|jänner februar märz|maerz|mrz april mai juni juli august september oktober|okt november dezember|dez',
  spanish:
    'enero|ene febrero marzo abril|abr mayo junio julio agosto|ago septiembre|setiembre octubre noviembre diciembre|dic',
  italian:
    'gennaio|gen febbraio marzo aprile maggio|mag giugno|giu luglio|lug agosto settembre|set ottobre|ott novembre dicembre',
  portuguese:
    'janeiro fevereiro|fev março|marco abril maio junho julho agosto setembro outubro|out novembro dezembro|dez',
  catalan: 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  romanian: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  dutch: 'januari februari maart|mrt april mei juni juli augustus september oktober november december',
  afrikaans: 'januarie februarie maart april mei junie julie augustus september oktober november desember',
  nordic: 'januar februar mars|marts april maj juni juli augusti|august september oktober november desember',
  finnish:
    'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  indonesianMalay:
    'januari februari maret|mac april mei juni juli|julai agustus|agu|agt|ogos september oktober november desember|disember|des',
  tagalog: 'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
  swahili: 'januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba',
  turkish:
    'ocak şubat|subat mart nisan mayıs|mayis haziran temmuz ağustos|agustos eylül|eylul ekim kasım|kasim aralık|aralik',
  polish: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  czech: 'ledna února března dubna května června července srpna září října listopadu prosince',
  slovak: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  serbianLatin: 'januar februar mart april maj jun jul avgust septembar oktobar novembar decembar',
  hungarian: 'január február március április május június július augusztus szeptember október november december',
  russian:
    'января|январь|янв февраля|февраль|фев марта|март апреля|апрель|апр мая|май июня|июнь июля|июль августа|август|авг сентября|сентябрь|сен октября|октябрь|окт ноября|ноябрь|ноя декабря|декабрь|дек',
  serbianCyrillic:
    'јануар|јануара фебруар|фебруара март|марта април|априла мај|маја јун|јуна јул|јула август|августа септембар|септембра октобар|октобра новембар|новембра децембар|децембра',
  bulgarianMacedonian:
    'януари|јануари февруари|фебруари март април май|мај юни|јуни юли|јули август септември октомври|октомври ноември декември',
  icelandic: 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
  ukrainian: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  greek:
    'ιανουαρίου|ιανουαριου φεβρουαρίου|φεβρουαριου μαρτίου|μαρτιου απριλίου|απριλιου μαΐου|μαιου ιουνίου|ιουνιου ιουλίου|ιουλιου αυγούστου|αυγουστου σεπτεμβρίου|σεπτεμβριου οκτωβρίου|οκτωβριου νοεμβρίου|νοεμβριου δεκεμβρίου|δεκεμβριου',
  arabic:
    'يناير فبراير مارس أبريل|ابريل|إبريل مايو يونيو|يونيه يوليو|يوليه أغسطس|اغسطس سبتمبر أكتوبر|اكتوبر نوفمبر ديسمبر',
  arabicLevant: 'كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول',
  hebrew:
    'ינואר|בינואר פברואר|בפברואר מרץ|במרץ אפריל|באפריל מאי|במאי יוני|ביוני יולי|ביולי אוגוסט|באוגוסט ספטמבר|בספטמבר אוקטובר|באוקטובר נובמבר|בנובמבר דצמבר|בדצמבר',
  urdu: 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
  persian: 'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
  hindi: 'जनवरी फ़रवरी|फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर',
  // Croatian October ("listopada") is Polish November: its slot is left empty ("-").
  croatian:
    'siječnja|siječanj veljače|veljača ožujka|ožujak travnja|travanj svibnja|svibanj lipnja|lipanj srpnja|srpanj kolovoza|kolovoz rujna|rujan - studenoga|studenog|studeni prosinca|prosinac',
  albanian:
    'janar|janarit shkurt|shkurtit mars|marsit prill|prillit maj|majit qershor|qershorit korrik|korrikut gusht|gushtit shtator|shtatorit tetor|tetorit nëntor|nëntorit dhjetor|dhjetorit',
  azerbaijaniUzbek:
    'yanvar fevral mart aprel may iyun iyul avqust|avgust sentyabr|sentabr oktyabr|oktabr noyabr dekabr',
  estonian:
    'jaanuar|jaanuaril veebruar|veebruaril märts|märtsil aprill|aprillil mai juuni|juunil juuli|juulil august|augustil september|septembril oktoober|oktoobril november|novembril detsember|detsembril',
  slovenian: 'januar februar marec april maj junij julij avgust september oktober november december',
  georgian:
    'იანვარი|იანვრის თებერვალი|თებერვლის მარტი|მარტის აპრილი|აპრილის მაისი|მაისის ივნისი|ივნისის ივლისი|ივლისის აგვისტო|აგვისტოს სექტემბერი|სექტემბრის ოქტომბერი|ოქტომბრის ნოემბერი|ნოემბრის დეკემბერი|დეკემბრის',
  armenian:
    'հունվարի|հունվար փետրվարի|փետրվար մարտի|մարտ ապրիլի|ապրիլ մայիսի|մայիս հունիսի|հունիս հուլիսի|հուլիս օգոստոսի|օգոստոս սեպտեմբերի|սեպտեմբեր հոկտեմբերի|հոկտեմբեր նոյեմբերի|նոյեմբեր դեկտեմբերի|դեկտեմբեր',
  kazakh: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
  hausa: 'janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba',
  belarusian: 'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
  tamil: 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
  marathi: 'जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
  burmese: 'ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်|သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ',
  latvian:
    'janvāris|janvārī februāris|februārī marts|martā aprīlis|aprīlī maijs|maijā jūnijs|jūnijā jūlijs|jūlijā augusts|augustā septembris|septembrī oktobris|oktobrī novembris|novembrī decembris|decembrī',
  welsh: 'ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr',
  somali: 'janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofeembar desembar',
  maltese: 'jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru',
  bengali: 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
  sharedAbbreviations: 'jan feb mar|mär apr mei jun jul aug sep|sept oct|okt|out nov dec|dez|des',
};

/** Month number (1-12) of each lower-case name. */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = monthMap(LANGUAGES);

/**
 * Months of Lithuanian, which writes the year first ("2023 m. gruodžio 12 d."): looked up word by word in
 * other-date-forms.ts, kept out of FOREIGN_MONTH_RE so the alternation tried on every dated line does not grow.
 * (Latvian, which writes both "2023. gada 14. novembrī" and "6. decembris, 2023", is among LANGUAGES.)
 */
export const YEAR_FIRST_MONTHS: ReadonlyMap<string, number> = monthMap({
  lithuanian: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
});

function monthMap(rows: Readonly<Record<string, string>>): ReadonlyMap<string, number> {
  return new Map(
    Object.values(rows).flatMap((row) =>
      row
        .split(' ')
        .flatMap((slot, i) => slot.split('|').map((name) => [name.replace(/_/g, ' '), i + 1] as const))
        .filter(([name]) => name !== '-'),
    ),
  );
}

/** Regex source matching any of FOREIGN_MONTHS (longest first, so "listopadu" is not read as a shorter name). */
export const FOREIGN_MONTH_RE = [...FOREIGN_MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\s+/g, '\\s+'))
  .join('|');
