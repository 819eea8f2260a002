// The words a page puts before its own date to say what the date is: a publication ("Published", "Posted", "Publié
// le", "Publicerad", "입력") or a later revision ("Updated", "Mis à jour", "Oppdatert", "수정"). In English, the main
// European languages (French, German, Spanish, Italian, Portuguese, Dutch), the Nordic languages, Indonesian and
// Malay, Chinese, Japanese and Korean. CJK cues have no word boundaries to test, so they sit in patterns of their own.

/**
 * Publication cues of more English labels ("Publication date") and of Turkish, Russian, Ukrainian, Polish, Czech
 * and Slovak, Romanian, Greek, Vietnamese, Hungarian, Arabic, Hebrew, Hindi, Tagalog and Swahili pages ("Yayınlanma",
 * "Giriş Tarihi", "Опубликовано", "Data utworzenia", "Data publicării", "Publikováno", "Ngày đăng", "تاريخ النشر",
 * "פורסם"). Turkish dotted and dotless i are spelled out: "GİRİŞ" does not fold to "giriş".
 */
const PUBLISHED_MORE = [
  'publication\\s+date',
  'date\\s+of\\s+publication',
  'date\\s+published',
  'post(?:ing)?\\s+date',
  'data\\s+public[aă]rii',
  'yay[ıi]nlan(?:ma|d[ıi])',
  'yay[ıi]n\\s+tar[iİ]h[iİ]',
  'g[iİ]r[iİ]ş\\s+tar[iİ]h[iİ]',
  'g[iİ]r[iİ]ş(?=\\s*:)',
  'eklenme\\s+tar[iİ]h[iİ]',
  'опубликован[оа]?',
  'дата\\s+публикации',
  'опубліковано',
  'дата\\s+публікації',
  'opublikowano',
  'data\\s+(?:publikacji|utworzenia|dodania)',
  'publikováno',
  'zveřejněno',
  'publikované',
  'publicat[ăa]?',
  'δημοσιεύθηκε',
  'δημοσίευση',
  'ngày\\s+đăng',
  'xuất\\s+bản',
  'közzétéve',
  'publikálva',
  'تاريخ\\s+النشر',
  'نشر\\s+في',
  'نُشر',
  'פורסם',
  'प्रकाशित',
  'inilathala',
  'nailathala',
  'imechapishwa',
  'প্রকাশ(?:িত)?',
  'objavljeno',
  'publikuar(?:\\s+më)?',
  'paskelbta',
  'publicēts',
  'avaldatud',
  'mis\\s+en\\s+ligne',
].join('|');
/** Update cues of the same languages ("Güncelleme", "Обновлено", "Aktualizacja", "Cập nhật", "آخر تحديث"). */
const UPDATED_MORE = [
  'g[üÜ]ncelle(?:me|nd[iİı])',
  'обновлен[оа]?',
  'изменен[оа]?',
  'оновлено',
  'zaktualizowano',
  'aktualizacj[aię]',
  'data\\s+actualiz[aă]rii',
  'aktualizováno',
  'aktualizované',
  'actualizat[ăa]?',
  'ενημερώθηκε',
  'ενημέρωση',
  'cập\\s+nhật',
  'frissítve',
  'تحديث',
  'עודכן',
  'अपडेट',
  'আপডেট',
  'ažurirano',
  'përditësuar',
  'atnaujinta',
  'atjaunots',
  'uuendatud',
].join('|');

const PUBLISHED_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:published|posted|first\s+published|publish(?:ed)?\s+date|released|issued|created|publié(?:e)?|publicad[oa]|pubblicato|veröffentlicht|erschienen|gepubliceerd|publicerad|publisert|publiceret|offentliggjort|udgivet|julkaistu|diterbitkan|dipublikasikan|${PUBLISHED_MORE})(?!\p{L})`,
  'iu',
);
/**
 * "Date:", "Datum:", "News date :", a bare "Date 14 Dec": a publication cue unless an update cue says whose date it
 * is, or the label names another date ("Closing date:", "Start date:").
 */
const GENERIC_DATE =
  /(?<!\p{L})(?:(?:date|datum|fecha|data|tar[iİ]h|дата|ημερομηνία|tanggal)\s*:|^\s*(?:date|datum|fecha|data)(?=\s+\d))/iu;

/**
 * A label naming some other date than the page's: a deadline, an event, a product release, a birth ("Closing date:
 * 30 November 2023", "Start date:", "Deadline:", "Release date:", "Date of birth:"), or an infobox field opening the
 * line ("Founded 14 November 2003", "Born", "Established").
 */
const OTHER_DATE_LABEL =
  /(?<!\p{L})(?:(?:closing|start(?:ing)?|end(?:ing)?|event|due|expiry|expiration|application|opening|release|arrival|departure|travel|check-?in|check-?out|delivery|effective|registration|submission|launch|sale|air|show)\s+dates?\s*:|deadline\s*:|date\s+of\s+(?:birth|death|event|travel)|^\s*(?:founded|established|born|died|opened|formed|incorporated)(?=[\s:]))/iu;

/** True when `text` labels a date as another one than the page's (OTHER_DATE_LABEL). */
export function namesOtherDate(text: string): boolean {
  return OTHER_DATE_LABEL.test(text);
}
const PUBLISHED_CJK = /发布时间|發佈時間|发布日期|發布日期|发布于|公開日|掲載日|입력|등록|송고/u;
const UPDATED_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:updated|modified|edited|last\s+reviewed|revised|amended|mis\s+à\s+jour|modifié|actualizad[oa]|aggiornato|ultima\s+modifica|aktualisiert|geändert|atualizad[oa]|bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|diperbarui|dikemaskini|${UPDATED_MORE})(?!\p{L})`,
  'iu',
);
const UPDATED_CJK = /更新时间|更新時間|更新日|最終更新|수정|업데이트/u;

/** True when `text` holds a publication cue ("Modified date:" holds none: its date is the update's). */
export function hasPublishedCue(text: string): boolean {
  return (
    PUBLISHED_WORDS.test(text) ||
    PUBLISHED_CJK.test(text) ||
    (GENERIC_DATE.test(text) && !hasUpdatedCue(text) && !namesOtherDate(text))
  );
}

/** True when `text` holds an update cue. */
export function hasUpdatedCue(text: string): boolean {
  return UPDATED_WORDS.test(text) || UPDATED_CJK.test(text);
}

/**
 * "Updated 2 hours ago", "updated about an hour ago", and the same stamp in Portuguese, Spanish, French, German,
 * Italian and Russian ("Atualizado há 2 horas", "Actualizado hace 3 horas", "mis à jour il y a 2 heures",
 * "aktualisiert vor 2 Stunden", "aggiornato 2 ore fa", "обновлено 2 часа назад"): an update stamp that gives no date
 * of its own.
 */
const RELATIVE_UPDATE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:last\s+)?(?:updated|modified|edited)\s*:?\s*(?:about\s+|over\s+|less\s+than\s+)?(?:an?|one|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago(?!\p{L})`,
    String.raw`(?<!\p{L})(?:atualizad[oa]|actualizad[oa])\s*:?\s*(?:há|hace)\s+(?:uma?|una?|\d+)\s+\p{L}+`,
    String.raw`(?<!\p{L})mis\s+à\s+jour\s+il\s+y\s+a\s+(?:une?|\d+)\s+\p{L}+`,
    String.raw`(?<!\p{L})aktualisiert\s+vor\s+(?:einer?|\d+)\s+\p{L}+`,
    String.raw`(?<!\p{L})aggiornato\s+(?:un[ao]?|\d+)\s+\p{L}+\s+fa(?!\p{L})`,
    String.raw`(?<!\p{L})обновлено\s*:?\s*\d+\s+\p{L}+\s+назад`,
  ].join('|'),
  'giu',
);

/** `text` without its relative update stamps, so their cue is not read as the cue of a date beside them. */
export function withoutRelativeUpdates(text: string): string {
  return text.replace(RELATIVE_UPDATE, (m) => ' '.repeat(m.length));
}

/** A line holding nothing but a cue ("Published", "Last updated:"): the cue of the date on the next line. */
const CUE_ONLY = /^\s*(?:first\s+|last\s+)?[\p{L} ]{2,20}\s*:?\s*$/u;

/** The cues a line holding only a cue gives the date line below it, or null when it is not such a line. */
export function cueOnlyLine(line: string): { published: boolean; updated: boolean } | null {
  if (!CUE_ONLY.test(line)) return null;
  const published = hasPublishedCue(line);
  const updated = hasUpdatedCue(line);
  return published || updated ? { published, updated } : null;
}

/** What may follow an update cue that belongs to a time of day: "Actualizada 11:05", "aktualizováno 11:05". */
const TIME_AFTER_CUE = /^\s*:?\s*(?:at\s+|à\s+|a\s+las\s+|alle\s+|um\s+|o\s+|v\s+|в\s+)?\d{1,2}[:.h]\d{2}(?![\d./-])/iu;

/**
 * True when `text` (what follows a line's first date) holds an update cue followed by a time of day alone: the
 * same day's later revision ("07/11/2023 | 10:42 | Actualizada 11:05"), so the cue is not the first date's.
 */
export function updatedCueOfTime(text: string): boolean {
  const m = UPDATED_WORDS.exec(text);
  return m !== null && TIME_AFTER_CUE.test(text.slice(m.index + m[0].length));
}
