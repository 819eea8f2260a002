// The day of a clock time written without one ("the blast occurred at about 10:35 a.m. (0735 GMT) Friday", "made
// its first flight Tuesday in Everett at 18:00 UTC"): when its sentence states exactly one day, the time falls on
// that day, not on the day the article was published. The day may come with another clock time ("Polls open at
// 8am and close at 6pm on Sunday"). In a sentence that states a recurrence ("open from 9am to 2.30pm daily", "at
// noon on Fridays") the time is any day's, XXXX-XX-XX. Otherwise, with no day or several in the sentence, the
// reference day stays (3-resolve).
import type { DateMention } from '../../../model/mentions';
import type { Candidate, Sem } from '../../../text/dates/sem';

/** A DATE value that is one full day. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A TIME value whose day may be replaced. */
const CLOCK_VALUE = /^\d{4}-\d{2}-\d{2}(T.+)$/;

/** The day of a time that recurs. */
const ANY_DAY = 'XXXX-XX-XX';

/** A clock time, or a range of them ("between 6pm and 8pm"), with no day of its own. */
function bareClock(sem: Sem): boolean {
  return (sem.kind === 'time' && sem.day === null) || (sem.kind === 'range' && bareClock(sem.from));
}

/** One candidate and the mentions it became. */
export interface Resolution {
  readonly candidate: Candidate;
  readonly mentions: readonly DateMention[];
}

/** The sentence's mentions, with bare clock times moved to the one day the sentence states. */
export function placeClockTimes(sentence: readonly Resolution[]): DateMention[] {
  // Most sentences hold no clock time without a day: nothing to move, no day set to build.
  if (!sentence.some((r) => bareClock(r.candidate.sem))) return sentence.flatMap((r) => r.mentions);
  // A day the sentence states alone ("Friday") or with a clock time ("close at 6pm on Sunday").
  const days = new Set(
    sentence.flatMap((r) =>
      r.mentions.flatMap((m) => {
        if (m.type === 'DATE') return m.value && FULL_DAY.test(m.value) ? [m.value] : [];
        const stated = r.candidate.sem.kind === 'time' && r.candidate.sem.day !== null;
        // Only a clock time's day: after "Tuesday night", "shortly before 1 a.m." is already Wednesday.
        const clocked = stated && m.type === 'TIME' && /T\d{2}:\d{2}/.test(m.value ?? '');
        const day = clocked ? (m.value?.slice(0, 10) ?? '') : '';
        return FULL_DAY.test(day) ? [day] : [];
      }),
    ),
  );
  const habitual = sentence.some((r) => r.candidate.sem.kind === 'set');
  const [day] = habitual ? [ANY_DAY] : days;
  return sentence.flatMap((r) => {
    const bare = bareClock(r.candidate.sem);
    if (!bare || (days.size !== 1 && !habitual) || day === undefined) return [...r.mentions];
    return r.mentions.map((m) => {
      const clock = m.value === null ? null : CLOCK_VALUE.exec(m.value);
      return clock ? { ...m, value: `${day}${clock[1] ?? ''}`, inferred: [] } : m;
    });
  });
}
