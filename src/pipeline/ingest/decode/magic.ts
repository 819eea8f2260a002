/**
 * Magic numbers of binary formats that end up in text batches: images, documents, archives, executables, media.
 *
 * Source: the signatures listed in the file(1) magic database (libmagic, `Magdir/`) and the format specifications
 * (PNG, JPEG/JFIF, GIF89a, PDF 1.7, ZIP APPNOTE, gzip RFC 1952, ...). Each entry: the bytes at `offset` and the name
 * used in the message. Signatures of 2 bytes ("BM", "MZ") are left out: text can start with them. A short
 * signature made of printable letters ("ID3", "RIFF") only counts when the start of the file also holds control
 * bytes (see 2-binary.ts), so an article that starts with "RIFF" is still read as text.
 */
export interface Magic {
  readonly name: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** The signatures, tested in order; the first match names the format. */
export const MAGIC_NUMBERS: readonly Magic[] = [
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP image', offset: 8, bytes: ascii('WEBP') },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'PostScript document', offset: 0, bytes: ascii('%!PS') },
  { name: 'ZIP archive, DOCX, XLSX or EPUB', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b, 0x08] },
  { name: 'bzip2 archive', offset: 0, bytes: ascii('BZh') },
  { name: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: ascii('Rar!') },
  { name: 'tar archive', offset: 257, bytes: ascii('ustar') },
  { name: 'OLE2 document: DOC, XLS, PPT or MSG', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3') },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Java class file', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'MP4 or MOV video', offset: 4, bytes: ascii('ftyp') },
  { name: 'MP3 audio', offset: 0, bytes: ascii('ID3') },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { name: 'RIFF media: WAV or AVI', offset: 0, bytes: ascii('RIFF') },
  { name: 'Matroska or WebM video', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
];
