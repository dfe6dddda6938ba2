/**
 * A structure derived from one build input (the site's data, a list of records), worked out the
 * first time a page asks for it and kept while that input lives: pages are rendered one by one,
 * and each asks again.
 */
export function oncePer<K extends object, V>(make: (input: K) => V): (input: K) => V {
  const made = new WeakMap<K, V>();
  return (input) => {
    if (made.has(input)) return made.get(input)!;
    const value = make(input);
    made.set(input, value);
    return value;
  };
}
