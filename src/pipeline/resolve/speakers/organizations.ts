import type { OrganizationMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';

/**
 * The canonical name of the organization a speaker mention overlaps ("Sanral said" -> "South African National Roads
 * Agency"), or null: the hook by which quote speakers resolve to organization entities.
 */
export function organizationSpeaker(speaker: Span | null, organizations: readonly OrganizationMention[]): string | null {
  if (!speaker) return null;
  return organizations.find((o) => o.start < speaker.end && speaker.start < o.end)?.name ?? null;
}
