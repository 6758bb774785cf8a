// A large table of a JSON file, read as a Map. The bundle ships such a table packed (esbuild.mjs,
// MAP_TABLES): one string of keys and one array of values, made into the Map directly, where an
// object would have JSON.parse add its keys one by one before the Map copied them. Outside the
// bundle (tsx, the evaluation scripts) the JSON is an ordinary object, and its entries make the Map.

/** `json[name]` as a Map (the same Map on every call for a packed table: do not change it). */
export function jsonMap<T>(json: object, name: string): Map<string, T> {
  const packed = (json as { mapOf?: (name: string) => Map<string, T> | undefined }).mapOf?.(name);
  return packed ?? new Map(Object.entries((json as Record<string, Record<string, T>>)[name] ?? {}));
}
