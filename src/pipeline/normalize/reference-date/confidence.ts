// What `publishedConfidence` means for a date read from pasted page text: one value per kind of evidence, so the
// number says how the date was found. From strongest to weakest:
//   0.90 labelled      a publication cue ("Published", "Posted", "Publié le", "PUBLISHED:") near the headline
//   0.85 byline        the date on the byline's line ("By Jane Roe | January 5, 2015")
//   0.80 bare          a date line holding little but the date, near the headline ("Friday 13 March 2015 10.46 GMT")
//   0.75 labelled-far  a publication cue away from the headline (a footer "This article was published on …")
//   0.70 body          a full date opening the first paragraph ("December 16, 2009 — Boeing's …")
//   0.60 yearless      a wire dateline without its year ("LAGOS, Dec 14 (Reuters) -"), the year from the page
//   0.55 bare-far      a lone bare date away from the headline
//   0.50 update        only an update stamp ("Updated: Dec 14, 2016"): the story is at most that old
// A relative stamp ("3 hours ago") is never taken on its own: without a date on the page it has nothing to count
// from. HTML metadata, URL dates and input dates have their own scale in reference-date.ts.

/** The kind of evidence a publication date from page text rests on. */
export type EvidenceKind =
  'labelled' | 'byline' | 'bare' | 'labelled-far' | 'body' | 'yearless' | 'bare-far' | 'update';

/** The confidence of each kind of evidence (see the scale above). */
export const PUBLISHED_CONFIDENCE: Readonly<Record<EvidenceKind, number>> = {
  labelled: 0.9,
  byline: 0.85,
  bare: 0.8,
  'labelled-far': 0.75,
  body: 0.7,
  yearless: 0.6,
  'bare-far': 0.55,
  update: 0.5,
};
