// Types for the data files of gender-detection-from-name, which ship without declarations: each maps a
// lower-cased given name to a gender.
declare module 'gender-detection-from-name/names/en' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/fr' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/es' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/it' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/de' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/tr' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
