/**
 * A value computed on first use and kept for the life of the process. The gazetteer indexes are built this way:
 * once, on the first lookup, then frozen and never changed, so stages that read them stay pure.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly v: T } | null = null;
  return () => {
    if (value === null) value = { v: build() };
    return value.v;
  };
}
