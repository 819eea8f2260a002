// Organization heads: the last word of an organization or facility name ("Boris Yeltsin Presidential Library",
// "Acme Inc"). The name passes read it; the organization work (extract/names) builds on it.
import { wordSet } from './word-set';

/**
 * Heads that end an organization or facility name ("Boris Yeltsin Presidential Library", "Acme Inc"): a
 * capitalized sequence ending in one of these is an organization, so neither a person nor a place.
 */
export const ORG_HEADS = wordSet(`library university college school academy institute institution foundation
  association federation union league party committee council commission ministry department agency authority
  bureau office board bank exchange fund trust group holdings inc incorporated corp corporation co company ltd
  limited plc llc gmbh ag sa nv bv partners associates industries enterprises systems technologies airlines
  airways motors communications telecom network networks news times post journal herald tribune gazette press
  agency service services reuters television tv radio museum clinic church cathedral mosque temple
  court tribunal parliament congress senate assembly duma government administration army navy force forces
  police guard brigade regiment club fc afc united rovers wanderers athletic city county rangers celtic
  orchestra band society institute center centre laboratory labs festival cup championship championships
  open games olympics tour series summit conference forum commonwealth organisation organization movement
  front alliance coalition command corps unit division cabinet secretariat mission bros brothers spa ab asa
  oy oyj kk bhd pte tbk zeitung daily standard observer chronicle courier monitor magazine review telegraph
  express mail globe star sun computer computers software electronics aircraft aerospace pharmaceuticals
  pharma chemicals steel foods insurance securities investments house prize award awards trophy medal
  factory theater theatre courts program programme project flight airplanes capital media lines newsroom newsdesk`);
