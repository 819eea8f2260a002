import type { Span } from '../../../model/span';
import type { QuoteRegion } from './1-marks';
import type { Token } from './tokens';

/** Who a quote is attributed to, how (the cue) and by which rule. */
export interface Attribution {
  readonly speaker: Span | null;
  readonly cue: Span | null;
  readonly rule: string;
  /** Where the attribution text ends when it follows the quote (to link an interrupted quote's next part). */
  readonly tailEnd: number | null;
}

/** The tokens of one paragraph and the sentences inside it, shared by the passes. */
export interface ParagraphView {
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
}

/** A quote region placed in its paragraph. */
export interface PlacedRegion {
  readonly region: QuoteRegion;
  readonly para: ParagraphView;
  /** The paragraph before, for a quote introduced by the colon that ends it. */
  readonly prevPara: ParagraphView | null;
  /** End of the previous quote region in the paragraph (or the paragraph start): a head never reaches past it. */
  readonly prevClose: number;
  /** Start of the next quote region in the paragraph (or the paragraph end): a tail never reaches past it. */
  readonly nextOpen: number;
}
