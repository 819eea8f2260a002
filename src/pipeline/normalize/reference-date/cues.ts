// The words a page puts before its own date to say what the date is: a publication ("Published", "Posted", "Publié
// le", "Publicerad", "입력") or a later revision ("Updated", "Mis à jour", "Oppdatert", "수정"). In English, the main
// European languages (French, German, Spanish, Italian, Portuguese, Dutch), the Nordic languages, Indonesian and
// Malay, Chinese, Japanese and Korean. CJK cues have no word boundaries to test, so they sit in patterns of their own.

const PUBLISHED_WORDS =
  /(?<!\p{L})(?:published|posted|first\s+published|publish(?:ed)?\s+date|released|issued|created|publié(?:e)?|publicad[oa]|pubblicato|veröffentlicht|erschienen|gepubliceerd|publicerad|publisert|publiceret|offentliggjort|udgivet|julkaistu|diterbitkan|dipublikasikan)(?!\p{L})/iu;
/** "Date:", "Datum:", a bare "Date 14 Dec": a publication cue unless an update cue says whose date it is. */
const GENERIC_DATE = /(?<!\p{L})(?:(?:date|datum|fecha|data)\s*:|^\s*(?:date|datum|fecha|data)(?=\s+\d))/iu;
const PUBLISHED_CJK = /发布时间|發佈時間|发布日期|發布日期|发布于|公開日|掲載日|입력|등록/u;
const UPDATED_WORDS =
  /(?<!\p{L})(?:updated|modified|edited|last\s+reviewed|revised|amended|mis\s+à\s+jour|modifié|actualizad[oa]|aggiornato|ultima\s+modifica|aktualisiert|geändert|atualizad[oa]|bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|diperbarui|dikemaskini)(?!\p{L})/iu;
const UPDATED_CJK = /更新时间|更新時間|更新日|最終更新|수정|업데이트/u;

/** True when `text` holds a publication cue ("Modified date:" holds none: its date is the update's). */
export function hasPublishedCue(text: string): boolean {
  return PUBLISHED_WORDS.test(text) || PUBLISHED_CJK.test(text) || (GENERIC_DATE.test(text) && !hasUpdatedCue(text));
}

/** True when `text` holds an update cue. */
export function hasUpdatedCue(text: string): boolean {
  return UPDATED_WORDS.test(text) || UPDATED_CJK.test(text);
}

/** "Updated 2 hours ago", "updated about an hour ago": an update stamp that gives no date of its own. */
const RELATIVE_UPDATE =
  /(?<!\p{L})(?:last\s+)?(?:updated|modified|edited)\s*:?\s*(?:about\s+|over\s+|less\s+than\s+)?(?:an?|one|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago(?!\p{L})/giu;

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
