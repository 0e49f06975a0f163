/** The variables an expression can read. `get` is asked only for names `has` accepts. */
export interface Scope {
  has(name: string): boolean;
  get(name: string): unknown;
}

/** A scope over plain objects: the first layer that owns the name wins; inherited keys never count. */
export function scopeFrom(...layers: Record<string, unknown>[]): Scope {
  if (layers.length === 1) {
    const only = layers[0]!;
    return { has: (name) => Object.hasOwn(only, name), get: (name) => only[name] };
  }
  return {
    has: (name) => layers.some((layer) => Object.hasOwn(layer, name)),
    get: (name) => layers.find((layer) => Object.hasOwn(layer, name))?.[name],
  };
}
