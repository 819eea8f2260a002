// The date forms, cues and day/month evidence of outlets outside the English-speaking world that reference-date
// reads (line-dates' year-first and Nordic forms, cues.ts, related-links.ts, localeDayFirst's time-zone evidence):
// table cases with negatives.
import { localeDayFirst } from '../src/pipeline/normalize/reference-date/day-order';
import { lineDates } from '../src/pipeline/normalize/reference-date/line-dates';
import { dateLines, readDateLine } from '../src/pipeline/normalize/reference-date/date-lines';
import { cueOnlyLine, hasPublishedCue, hasUpdatedCue } from '../src/pipeline/normalize/reference-date/cues';
import { relatedLines } from '../src/pipeline/normalize/reference-date/related-links';
import { findYearlessLabelled } from '../src/pipeline/normalize/reference-date/yearless-labelled';
import { threadLines } from '../src/pipeline/normalize/reference-date/comment-thread';
import { findPublishedLine } from '../src/pipeline/normalize/reference-date/published-line';

const iso = (d: { year: number; month: number; day: number } | null | undefined): string | null =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;

describe('year-first, Nordic and unambiguous all-digit dates', () => {
  test.each([
    ['Chinese', '2015年12月14日 10:31 来源：新华社', '2015年12月14日', '2015-12-14'],
    ['Japanese with spaces', '2016年 3月 5日', '2016年 3月 5日', '2016-03-05'],
    ['Korean', '입력 2015년 12월 14일 10:31', '2015년 12월 14일', '2015-12-14'],
    ['dotted year first', '2015.12.14 10:31', '2015.12.14', '2015-12-14'],
    ['Swedish', 'Publicerad 14 december 2015 kl 10.31', '14 december 2015', '2015-12-14'],
    ['Danish abbreviated', 'Offentliggjort 14. dec. 2015 kl. 10:31', '14. dec. 2015', '2015-12-14'],
    ['Norwegian', 'Publisert 3. desember 2019', '3. desember 2019', '2019-12-03'],
    ['day over 12 on a month-first page', 'Posted 14/12/2015', '14/12/2015', '2015-12-14'],
  ])('%s', (_name, line, text, value) => {
    const d = lineDates(line, false)[0];
    expect(d && { text: line.slice(d.start, d.end), value: iso(d.day) }).toEqual({ text, value });
  });

  test.each([
    ['an impossible year-first day', '2015.13.14'],
    ['a version number', 'Version 2015.1.2.3'],
    ['a year and month only', '2015年12月'],
  ])('%s gives no date', (_name, line) => {
    expect(lineDates(line, false)).toEqual([]);
  });
});

describe('publication and update cues', () => {
  test.each([
    ['Publicerad 14 december 2015', true, false],
    ['Publisert 02.10.2020', true, false],
    ['Julkaistu 14.12.2015', true, false],
    ['Oppdatert 02.10.2020 14:05', false, true],
    ['发布时间：2015-12-14', true, false],
    ['입력 2015-12-14 10:31', true, false],
    ['수정 2015-12-15 08:00', false, true],
    ['Source: Xinhua | 2015-12-14', false, false],
  ])('%s: published %s, updated %s', (line, published, updated) => {
    expect([hasPublishedCue(line), hasUpdatedCue(line)]).toEqual([published, updated]);
  });

  test('a relative update stamp beside a date does not make the date an update', () => {
    const line = readDateLine('January 5, 2015 / 4:52 PM / Updated 2 hours ago', 0, 0, false);
    expect(line && { updated: line.updatedCue, day: iso(line.day) }).toEqual({ updated: false, day: '2015-01-05' });
  });

  test.each([
    ['14/12/2015 10h31 - Atualizado em 15/12/2015 12h00', false],
    ['December 14, 2015 10:31 AM | Updated December 15, 2015 8:00 AM', false],
    ['14 December 2015 (updated)', true],
    ['07/11/2023 | 10:42 | Actualizada 11:05', false],
    ['14. listopadu 2023 10:42, aktualizováno 11:05', false],
    ['14 Nov 2023 10:42 (Updated at 11:05)', false],
  ])('%s: the first date is an update %s', (text, updated) => {
    expect(readDateLine(text, 0, 0, true)?.updatedCue).toBe(updated);
  });

  test('a cue on the line above gives its cue to a bare date line', () => {
    const lines = dateLines('Headline\nPublished\n24 July 2015\nShare', false);
    expect(lines.map((l) => [iso(l.day), l.publishedCue])).toEqual([['2015-07-24', true]]);
    expect(cueOnlyLine('Last updated:')).toEqual({ published: false, updated: true });
    expect(cueOnlyLine('Share this story')).toBeNull();
  });

  test('a heading over other stories is no date line', () => {
    expect(readDateLine('Other articles published on Dec 13, 2015', 0, 0, false)).toBeNull();
  });
});

describe('related-story lists', () => {
  const page = [
    'Headline of the story',
    '14 Dec 2015',
    'The council voted on Monday to close the old bridge to traffic from the start of next year, officials said.',
    'Related articles',
    'Bridge repairs delayed',
    '12 Dec 2015',
  ].join('\n');

  test('dates under a related heading after the story starts are the other stories', () => {
    const all = dateLines(page, false);
    expect([...relatedLines(page, all, 2)].map((l) => iso(l.day))).toEqual(['2015-12-12']);
  });

  test('a related heading above the story (a sidebar) is not searched', () => {
    const sidebar = ['Related articles', '12 Dec 2015', 'Headline', '14 Dec 2015'].join('\n');
    expect(relatedLines(sidebar, dateLines(sidebar, false), 2).size).toBe(0);
  });
});

describe('day/month order from time zones and time words', () => {
  test.each([
    ['Updated: 05/03/2016 10:31 IST', true],
    ['05.03.2016, 10:31 Uhr', true],
    ['Publié le 05/03/2016 à 10h31', true],
    ['Friday 05/03/2016 10.46 GMT', true],
    ['Posted 05/03/2016 10:31 AM EST', false],
    ['Updated 05/03/2016 at 3:15 p.m.', false],
    ['Posted 05/03/2016', null],
  ])('%s: day first %s', (text, want) => {
    expect(localeDayFirst(text)).toBe(want);
  });
});

describe('day/month order from spelling', () => {
  test.each([
    ['The council will organise talks; the behaviour of a few was criticised.', true],
    ['The council will organize talks; the behavior of a few was criticized.', false],
    ['The programme was extended.', null],
    ['Check the tire pressure before you travel.', null],
  ])('%s: day first %s', (text, want) => {
    expect(localeDayFirst(text)).toBe(want);
  });
});

describe('Indonesian and Malay date lines, generic date labels', () => {
  test.each([
    ['Senin, 14 Des 2015 10:31 WIB', '2015-12-14', false, false],
    ['Diterbitkan 14 Desember 2015', '2015-12-14', true, false],
    ['Diperbarui 15 Agustus 2015', '2015-08-15', false, true],
    ['Dikemaskini 3 Ogos 2016', '2016-08-03', false, true],
    ['Date: 14 Dec 2015', '2015-12-14', true, false],
    ['Modified date: December 14, 2015', '2015-12-14', false, true],
  ])('%s', (line, day, published, updated) => {
    const found = readDateLine(line, 0, 0, true);
    expect(found && [iso(found.day), found.publishedCue, found.updatedCue]).toEqual([day, published, updated]);
  });

  test('WIB and MYT times put the day first', () => {
    expect(localeDayFirst('Jakarta 05/03/2016 10:31 WIB')).toBe(true);
    expect(localeDayFirst('Kuala Lumpur 05/03/2016 10:31 MYT')).toBe(true);
  });
});

describe('labelled dates without a year', () => {
  const related = '\nMore on this story\nPort strike talks resume\n28 May 2016';
  test.each([
    ['cue on the line above', 'Headline\nPublished\n3 June', '2016-06-03', false],
    ['cue and time on the line', 'Headline\nLast updated at 11:02 BST on 3 June', '2016-06-03', true],
    ['month first', 'Headline\nPosted Jun 3', '2016-06-03', false],
  ])('%s', (_name, top, day, updated) => {
    const text = top + related;
    const days = [{ year: 2016, month: 5, day: 28 }];
    const found = findYearlessLabelled(text, 0, 10, days);
    expect(found && [iso(found.day), found.updated]).toEqual([day, updated]);
  });

  test.each([
    ['no cue', 'Headline\n3 June'],
    ['a full year (even an absurd one) is the full-date readers’ business', 'Headline\nPublished 14 Dec 2105'],
    ['a relative update stamp', 'Headline\nUpdated 2 hours ago'],
    ['a long line of prose', 'Headline\nPublished reports on 3 June said the council had agreed to sell the site.'],
  ])('%s gives nothing', (_name, text) => {
    expect(findYearlessLabelled(text, 0, 10, [{ year: 2016, month: 5, day: 28 }])).toBeNull();
  });
});

describe('month names of more languages and other full-date forms', () => {
  test.each([
    ['Turkish', 'Yayınlanma: 14 Kasım 2023 10:42', '14 Kasım 2023', '2023-11-14'],
    ['Turkish capitals', '14 KASIM 2023', '14 KASIM 2023', '2023-11-14'],
    ['Russian genitive', 'Опубликовано 14 ноября 2023, 10:42', '14 ноября 2023', '2023-11-14'],
    ['Ukrainian', 'Вівторок, 14 листопада 2023, 10:42', '14 листопада 2023', '2023-11-14'],
    ['Polish', 'Data utworzenia: 8 lutego 2024, 10:42', '8 lutego 2024', '2024-02-08'],
    ['Czech day with a dot', '14. listopadu 2023 10:42', '14. listopadu 2023', '2023-11-14'],
    ['Slovak', '5. marca 2024', '5. marca 2024', '2024-03-05'],
    ['Romanian', '14 noiembrie 2023', '14 noiembrie 2023', '2023-11-14'],
    ['Greek genitive', '14 Νοεμβρίου 2023', '14 Νοεμβρίου 2023', '2023-11-14'],
    ['Finnish', '14. marraskuuta 2023', '14. marraskuuta 2023', '2023-11-14'],
    ['Portuguese capital month', '14 de Novembro de 2023, 10:42', '14 de Novembro de 2023', '2023-11-14'],
    ['Arabic', 'الثلاثاء 14 نوفمبر 2023', '14 نوفمبر 2023', '2023-11-14'],
    ['Levantine Arabic', '14 تشرين الثاني 2023', '14 تشرين الثاني 2023', '2023-11-14'],
    ['Hebrew', '14 בנובמבר 2023', '14 בנובמבר 2023', '2023-11-14'],
    ['Hindi', '14 नवंबर 2023', '14 नवंबर 2023', '2023-11-14'],
    ['Swahili', '14 Novemba 2023', '14 Novemba 2023', '2023-11-14'],
    ['Vietnamese', 'Thứ ba, ngày 7 tháng 11 năm 2023', '7 tháng 11 năm 2023', '2023-11-07'],
    ['Hungarian year first', '2023. november 14. 10:42', '2023. november 14.', '2023-11-14'],
    ['month - day - year', 'Nov - 30 - 2023 , 10:42', 'Nov - 30 - 2023', '2023-11-30'],
    ['month day/year', 'Addis Abeba, November 14/2023 –', 'November 14/2023', '2023-11-14'],
    ['a comma glued to the year', 'By JT - Nov 14,2023 - Last updated at Nov 14,2023', 'Nov 14,2023', '2023-11-14'],
    ['Serbian Cyrillic', 'уторак, 06. децембар 2022, 10:42', '06. децембар 2022', '2022-12-06'],
    ['Bulgarian', '14 ноември 2023', '14 ноември 2023', '2023-11-14'],
    ['Icelandic', '2. nóvember 2022 kl. 10:42', '2. nóvember 2022', '2022-11-02'],
    ['Brazilian dotted abbreviation', '1.nov.2023 às 18h42', '1.nov.2023', '2023-11-01'],
    ['Urdu with an Arabic comma', '14 نومبر ، 2023', '14 نومبر ، 2023', '2023-11-14'],
    ['Persian month name', '14 نوامبر 2023', '14 نوامبر 2023', '2023-11-14'],
    ['Tagalog month first', 'Nailathala Nobyembre 14, 2023 10:42am', 'Nobyembre 14, 2023', '2023-11-14'],
    ['Swahili month first', 'Novemba 14, 2023', 'Novemba 14, 2023', '2023-11-14'],
    ['Thai, Buddhist-era year', '14 พ.ย. 2566 10:42 น.', '14 พ.ย. 2566', '2023-11-14'],
    ['Thai month name', '14 พฤศจิกายน 2566', '14 พฤศจิกายน 2566', '2023-11-14'],
    ['dotted two-digit year', 'פורסם: 27.11.23 , 16:12', '27.11.23', '2023-11-27'],
    ['dotted two-digit year in the 1990s', '14.03.98', '14.03.98', '1998-03-14'],
  ])('%s', (_name, line, text, value) => {
    const d = lineDates(line, true)[0];
    expect(d && { text: line.slice(d.start, d.end), value: iso(d.day) }).toEqual({ text, value });
  });

  test.each([
    ['a month and year only', 'listopad 2023'],
    ['a day and month only', '14 ноября'],
    ['a Turkish month and year', 'Kasım 2023'],
    ['month - day without a year', 'Nov - 30'],
    ['Vietnamese month and year', 'tháng 11 năm 2023'],
    ['an issue number', 'Issue 14/2023'],
    ['an impossible day', 'Nov - 31 - 2023'],
    ['a short foreign abbreviation written month first', 'out 14, 2023'],
    ['a version number', 'Python 3.10.12'],
    ['a dotted two-digit year with a one-digit day', '7.11.23'],
    ['a month glued to a year without a dot', '1nov2023'],
  ])('%s gives no date', (_name, line) => {
    expect(lineDates(line, true)).toEqual([]);
  });
});

describe('publication and update cues of more languages', () => {
  test.each([
    ['Yayınlanma: 14 Kasım 2023', true, false],
    ['GİRİŞ TARİHİ: 05.03.2024', true, false],
    ['Giriş: 05.03.2024 14:02', true, false],
    ['Son Güncelleme: 05.03.2024', false, true],
    ['Опубликовано 14 ноября 2023', true, false],
    ['Обновлено 14 ноября 2023', false, true],
    ['Опубліковано 14 листопада 2023', true, false],
    ['Data utworzenia: 8 lutego 2024', true, false],
    ['Data aktualizacji: 8 lutego 2024', false, true],
    ['Publikováno 14. listopadu 2023', true, false],
    ['Cập nhật 7/11/2023', false, true],
    ['تاريخ النشر 14 نوفمبر 2023', true, false],
    ['Tarih: 14.11.2023', true, false],
    ['Khmer Times | Publication date 2 February 2023', true, false],
    ['Data publicării: 01-10-2024 10:42', true, false],
    ['Data actualizării: 01-10-2024 13:05', false, true],
    ['News date : 04/21/2022', true, false],
    ['Closing date: 30 November 2023', false, false],
    ['Release Date:', false, false],
    ['Giriş Yap', false, false],
    ['Yorumlar', false, false],
  ])('%s: published %s, updated %s', (line, published, updated) => {
    expect([hasPublishedCue(line), hasUpdatedCue(line)]).toEqual([published, updated]);
  });
});

describe('lines that are not the page’s date', () => {
  test.each([
    ['an event’s hours', 'Friday, November 17, 2023, 7pm to 11pm'],
    ['an event’s hours, 24-hour clock', 'Saturday 2 December 2023, 10:00–18:00'],
    ['a sentence closed by its date', "The bank's next rate decision is due on January 1, 2024."],
    ['a deadline', 'Closing date: 30 November 2023'],
    [
      'a cue inside a sentence',
      'Mercurial 5.2 was released on November 5, 2019. It is the first version of Mercurial that supports Python 3.',
    ],
    ['a start date', 'Start date: 8 January 2024'],
    ['a product release', 'Release date: November 10, 2023'],
    ['an infobox field', 'Founded\t14 November 2003'],
    [
      'a dateline after a lower-case lead',
      'In a statement, November 14, 2023 – the ministry said the subsidy would end soon.',
    ],
  ])('%s', (_name, line) => {
    expect(readDateLine(line, 0, 0, false)).toBeNull();
  });

  test.each([
    ['a stamp with one time', 'Published: Tue 14 Nov 2023, 10:42 AM', '2023-11-14', false],
    ['a time after "kl."', '2. september 2022 kl. 10:42', '2022-09-02', false],
    ['a numeric date glued to the written one', '11/07/2023November 7, 2023', '2023-11-07', false],
    [
      'a cued stamp before a second one',
      "Created tard dans l'après-midi de Sunday, October 18th, 2020. Edited tard dans l'après-midi de Monday, October 19th, 2020.",
      '2020-10-18',
      false,
    ],
    ['a short cued sentence', 'Posted on December 14, 2015.', '2015-12-14', false],
    [
      'a footer about the page',
      "This article was first published on 27 November 2023 in the paper's business section.",
      '2023-11-27',
      false,
    ],
    [
      'a title-case place dateline',
      'Addis Abeba, November 14/2023 – The Ministry of Finance said on Tuesday that the fuel subsidy will end.',
      '2023-11-14',
      true,
    ],
    [
      'a place with a particle',
      'Dar es Salaam, 14 November 2023: Tanzania will start exporting avocados to China next month, officials said.',
      '2023-11-14',
      true,
    ],
  ])('%s is read', (_name, line, day, leadsProse) => {
    const found = readDateLine(line, 0, 0, false);
    expect(found && [iso(found.day), found.leadsProse]).toEqual([day, leadsProse]);
  });
});

describe('related lists, comment threads and footers in more languages', () => {
  const story =
    'The council voted on Monday to close the old bridge to traffic from the start of next year, officials said.';
  test.each([
    'Más de Cartera',
    'Читайте также:',
    'İlgili Haberler',
    'Zobacz także',
    'Tin liên quan',
    'Berita Terkait',
    'اقرأ أيضا',
  ])('under "%s" the dates are other stories', (heading) => {
    const page = ['Headline', '14 Dec 2015', story, story, heading, 'Bridge repairs delayed', '12 Dec 2015'].join('\n');
    expect([...relatedLines(page, dateLines(page, false), 3)].map((l) => iso(l.day))).toEqual(['2015-12-12']);
  });

  test.each(['Комментарии (3)', 'Yorumlar', 'Komentarze', 'Bình luận'])(
    'under "%s" the dates are comments',
    (heading) => {
      const page = ['Headline', story, story, heading, 'Sergei', '15.12.2015 12:05', 'Thanks.'].join('\n');
      expect([...threadLines(page, dateLines(page, true), 2)].map((l) => iso(l.day))).toEqual(['2015-12-15']);
    },
  );

  test('a reply link in another language marks a comment', () => {
    const page = ['Headline', story, 'Anna', '15.11.2023 в 09:40', 'Спасибо.', 'Ответить'].join('\n');
    expect(threadLines(page, dateLines(page, true), 1).size).toBe(1);
  });

  test('a footer stating the page’s own date is taken even below a related list', () => {
    const page = [
      'Headline',
      'Today, 4:12 pm',
      story,
      story,
      'Read more:',
      'Shekel strengthens',
      'This article was first published on 27 November 2023.',
    ].join('\n');
    expect(findPublishedLine(page, [], false)?.date).toBe('2023-11-27');
  });
});

describe('day/month order without picture captions', () => {
  test('an agency caption writing month first does not decide the outlet’s order', () => {
    const page = [
      'The Guardian 02/10/2020 Anna Name',
      "© Getty Images MANCHESTER, Sept. 29, 2020 -- A girl walks past students' accommodation on Sept. 29, 2020.",
      'Universities have been criticised; the behaviour of students was recognised by the organisation.',
    ].join('\n');
    expect(localeDayFirst(page)).toBe(true);
    expect(localeDayFirst(page.split('\n').slice(1, 2).join('\n'))).toBeNull();
  });
});

describe('bylines after a source name', () => {
  test.each([
    ['OLJ / Par Jeanine Jalkh, le 16 mai 2023 à 18h42', '2023-05-16', true],
    ['AFP | By Jane Roe | 14 Nov 2023', '2023-11-14', true],
    ['Madrid / 14 Nov 2023', '2023-11-14', false],
  ])('%s', (line, day, byline) => {
    const found = readDateLine(line, 0, 0, true);
    expect(found && [iso(found.day), found.byline]).toEqual([day, byline]);
  });
});

describe('day/month order from the page’s language', () => {
  const romanian =
    'Guvernul a aprobat marți majorarea salariului minim brut la 4.050 de lei de la 1 ianuarie 2025. Măsura afectează aproximativ 1,9 milioane de angajați, potrivit Ministerului Muncii. Sindicatele au cerut o creștere mai mare, iar patronatele au criticat decizia luată în ședința de guvern.';
  test('prose in a language with no listed function words puts the day first', () => {
    expect(localeDayFirst(`Data publicării: 01-10-2024 10:42\n${romanian}`)).toBe(true);
  });

  test('a sheet of capitals and abbreviations is not a foreign language', () => {
    const sheet = Array.from(
      { length: 8 },
      () => 'AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 ISSUER: Bay Co ST: MI',
    ).join('\n');
    expect(localeDayFirst(sheet)).toBeNull();
  });
});

describe('English outlet stamps of batch A (17q)', () => {
  test.each([
    ['a year glued to the time after it', 'May 17, 20235:00 AM ET', '2023-05-17'],
    ['a year glued to a two-digit hour', '17 May 202315:30 BST', '2023-05-17'],
    ['a spaced year and time', 'May 17, 2023 5:00 AM ET', '2023-05-17'],
  ])('%s is read', (_name, line, day) => {
    expect(iso(readDateLine(line, 0, 0, false)?.day)).toBe(day);
  });

  test.each([
    ['a case number with a clock time', 'Case 20235:00 AM'],
    ['a time with minutes after a year-like score', 'Scores: 1:20235'],
  ])('%s is no date line', (_name, line) => {
    expect(readDateLine(line, 0, 0, false)).toBeNull();
  });

  test.each([
    ['a date before its author', 'September 12, 2024 by Jane Roe Leave a Comment', true],
    ['a date and time before its author', 'March 3, 2022 at 9:15 am by Jane Roe', true],
    ['a byline first', 'By Jane Roe | September 12, 2024', true],
    ['a bare date', 'September 12, 2024', false],
    ['a date before a lower-case "by"', 'September 12, 2024 by noon', false],
  ])('%s: byline %s', (_name, line, byline) => {
    expect(readDateLine(line, 0, 0, false)?.byline).toBe(byline);
  });
});

describe('native digits, more month names and Baltic year-first dates (17q batch D)', () => {
  test.each([
    ['Bengali digits and month', 'প্রকাশ: ১৫ নভেম্বর ২০২৩, ১৯: ০৮', '2023-11-15', true],
    ['Arabic-Indic digits', 'الخميس ٢١ ديسمبر ٢٠٢٣', '2023-12-21', false],
    ['Persian digits, the Gregorian date after the solar one', '۲۳ آبان ۱۴۰۲ - ۱۴ نوامبر ۲۰۲۳', '2023-11-14', false],
    ['Devanagari digits', 'प्रकाशित: १४ नवम्बर २०२३, ०८:४२ PM', '2023-11-14', true],
    ['Croatian genitive month', 'Objavljeno: 23. studenoga 2023. u 14:42', '2023-11-23', true],
    ['Albanian month after a cue', 'Publikuar më: 23 nëntor 2023, 18:42', '2023-11-23', true],
    ['Albanian definite month', '5 dhjetorit 2023', '2023-12-05', false],
    ['Azerbaijani month', '22 noyabr 2023, 15:42', '2023-11-22', false],
    ['Uzbek spelling', '3 sentabr 2024', '2024-09-03', false],
    ['Lithuanian year first', '2023 m. gruodžio 12 d. 14:42', '2023-12-12', false],
    ['Latvian year first', '2023. gada 14. novembrī 10:42', '2023-11-14', false],
    ['a spaced dotted numeric date, day first', '14. 11. 2023 10.42', '2023-11-14', false],
    ['Estonian month', '14. detsember 2023, 16:42', '2023-12-14', false],
    ['Slovenian month', '3. marec 2024 ob 10.42', '2024-03-03', false],
    ['Georgian month', '14 დეკემბერი 2023 23:42', '2023-12-14', false],
    ['Armenian genitive month and comma', '14 նոյեմբերի, 2023 10:42', '2023-11-14', false],
    ['Kazakh month', '14 қараша 2023, 15:42', '2023-11-14', false],
    ['Hausa month', '29 Nuwamba 2023', '2023-11-29', false],
    ['a Solar Hijri date', '۲۳ آبان ۱۴۰۲ - ۱۰:۴۲', '2023-11-14', false],
    ['a Solar Hijri date at the new year', '1 فروردین 1403', '2024-03-20', false],
    ['a Solar Hijri date in the last month', '29 اسفند 1402', '2024-03-19', false],
  ])('%s', (_name, text, day, cued) => {
    const found = dateLines(text, true)[0];
    expect(found && [iso(found.day), found.publishedCue]).toEqual([day, cued]);
  });

  test.each([
    ['Polish "listopada" stays November', '14 listopada 2023', '2023-11-14'],
    ['Croatian months do not shadow Czech', '14. listopadu 2023', '2023-11-14'],
  ])('%s', (_name, text, day) => {
    expect(iso(lineDates(text, true)[0]?.day)).toBe(day);
  });

  test.each([
    ['a Lithuanian season is no month', '2023 m. vasaros 12 d.'],
    ['a Latvian word that is no month', '2023. gada 14. vasarā'],
    ['Bengali digits without a month', 'ফোন: ০১৭১১ ২২৩৩৪৪'],
    ['a solar day and month without a year', '۲۳ آبان'],
    ['a solar date with an impossible day', '۳۱ آبان ۱۴۰۲'],
    ['a version number with spaced dots', 'Version 1. 2. 3'],
    ['spaced dots with a five-digit number', '14. 11. 20234'],
  ])('%s yields no date', (_name, text) => {
    expect(dateLines(text, true)).toEqual([]);
  });
});

describe('more digit blocks and months; dates carried by a clause (17q batch F)', () => {
  test.each([
    ['Myanmar digits and month', '၁၄ နိုဝင်ဘာ ၂၀၂၃', '2023-11-14'],
    ['Devanagari digits, Marathi month', 'Published: १९ जुलै २०२३ १०:४२ AM', '2023-07-19'],
    ['Tamil month', 'Published on : 14 நவம்பர் 2023, 10:42 am', '2023-11-14'],
    ['Belarusian month', '14 лістапада 2023, 10:42', '2023-11-14'],
    ['fullwidth digits', '２０２３年１１月１４日 １０:４２', '2023-11-14'],
    ['a Vietnamese weekday lead', 'thứ ba, ngày 14/11/2023 - 10:42', '2023-11-14'],
    ['a French cue "mis en ligne"', 'Mis en ligne le mardi 14 novembre 2023 à 10h42', '2023-11-14'],
    ['a place and weekday lead', 'Madrid, martes 14 de noviembre de 2023', '2023-11-14'],
  ])('%s', (_name, text, day) => {
    expect(iso(dateLines(text, true)[0]?.day)).toBe(day);
  });

  test.each([
    [
      'a Russian headline ending on a meeting date',
      'Центробанк может повысить ставку на заседании 15 декабря 2023 года',
    ],
    ['an English headline ending on a meeting date', 'Fed may raise rates at its meeting on December 15, 2023'],
  ])('%s is no date line', (_name, line) => {
    expect(readDateLine(line, 0, 0, false)).toBeNull();
  });
});

describe('more languages, Afghan solar months, Mongolian year-first words (17q batch G)', () => {
  test.each([
    ['Latvian day-month with a comma', '6. decembris, 2023, 14:42', '2023-12-06'],
    ['Welsh month', '14 Tachwedd 2023', '2023-11-14'],
    ['Somali month', '14 Nofeembar 2023', '2023-11-14'],
    ['Maltese "ta\'" before the month', "14 ta' Novembru 2023 - 18:42", '2023-11-14'],
    ['Dutch "mrt" after a weekday abbreviation', 'di 12 mrt 2024, 16:42', '2024-03-12'],
    ['an Afghan solar month', '۲۳ عقرب ۱۴۰۲', '2023-11-14'],
    ['Mongolian year, month number and day', '2023 оны 12 сарын 15', '2023-12-15'],
  ])('%s', (_name, text, day) => {
    expect(iso(dateLines(text, true)[0]?.day)).toBe(day);
  });

  test.each([
    ['an Italian byline', 'di Jane Roe | 22 dicembre 2023', true],
    ['a Dutch weekday abbreviation', 'di 12 mrt 2024, 16:42', false],
  ])('%s: byline %s', (_name, line, byline) => {
    expect(readDateLine(line, 0, 0, true)?.byline).toBe(byline);
  });

  test.each([
    ['a Mongolian month without the year word', '2023 12 сарын 15'],
    ['an Afghan month name without a day', 'عقرب ۱۴۰۲'],
  ])('%s yields no date', (_name, text) => {
    expect(dateLines(text, true)).toEqual([]);
  });
});

describe('the shape gates of the month-name forms (17q speed)', () => {
  test.each([
    ['Tagalog month first', 'Nobyembre 14, 2023', '2023-11-14'],
    ['a Tamil month first, ending in a vowel mark', 'நவம்பர் 14, 2023', '2023-11-14'],
    ['Hungarian year first', '2023. november 14.', '2023-11-14'],
  ])('%s is still read', (_name, text, day) => {
    expect(iso(lineDates(text, true)[0]?.day)).toBe(day);
  });
});

describe('relative update stamps in more languages; Korean send time (17q batch H)', () => {
  test.each([
    ['13/12/2023 18h42 Atualizado há 2 horas', false, false],
    ['13/12/2023 18:42 Actualizado hace 3 horas', false, false],
    ['13 décembre 2023 à 18h42, mis à jour il y a 2 heures', false, false],
    ['13.12.2023, 18:42 Uhr, aktualisiert vor 2 Stunden', false, false],
    ['13 dicembre 2023, aggiornato 2 ore fa', false, false],
    ['15.12.2023 15:42, обновлено 2 часа назад', false, false],
    ['Atualizado em 14/12/2023', true, false],
    ['송고시간2023-11-30 10:42', false, true],
  ])('%s: update %s, published %s', (text, updated, published) => {
    const line = readDateLine(text, 0, 0, true);
    expect(line && [line.updatedCue, line.publishedCue]).toEqual([updated, published]);
  });
});
