/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as a call argument, which overflows
 * the stack once a list reaches about 100,000 items (a 10 MB article has millions of tokens and ~150,000 sentences),
 * and how many fit depends on the thread's stack: the same article then failed in the main thread and passed in a
 * worker, so output depended on --jobs.
 */
export function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
