import type { OrganizationMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';

/**
 * The organization a speaker mention is ("Sanral said" -> the South African National Roads Agency entity), or null:
 * the hook by which quote speakers resolve to organization entities.
 */
export function organizationSpeaker(
  speaker: Span | null,
  organizations: readonly OrganizationMention[],
): OrganizationMention | null {
  if (!speaker) return null;
  // The organization is the whole speaker or its head ("Sanral", "the Kremlin"), never a word of a longer speaker
  // ("Kremlin Spokesman Dmitry Peskov" is Peskov).
  return (
    organizations.find(
      (o) => (o.start >= speaker.start && o.end === speaker.end) || (o.start <= speaker.start && o.end >= speaker.end),
    ) ?? null
  );
}
