/**
 * JSON.parse, with undefined (which JSON cannot encode) for text that is not JSON. Callers give
 * their own one-line message: JSON.parse's quotes the input, line breaks included.
 */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
