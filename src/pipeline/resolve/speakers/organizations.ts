import type { OrganizationMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';

/**
 * The canonical name of the organization a speaker mention overlaps ("Sanral said" -> "South African National Roads
 * Agency"), or null: the hook by which quote speakers resolve to organization entities.
 */
export function organizationSpeaker(speaker: Span | null, organizations: readonly OrganizationMention[]): string | null {
  if (!speaker) return null;
  // The organization is the whole speaker or its head ("Sanral", "the Kremlin"), never a word of a longer speaker
  // ("Kremlin Spokesman Dmitry Peskov" is Peskov).
  return organizations.find((o) => (o.start >= speaker.start && o.end === speaker.end) || (o.start <= speaker.start && o.end >= speaker.end))?.name ?? null;
}
