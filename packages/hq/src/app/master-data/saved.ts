/** What a PUT of master data answers: the value as stored, and whether it was new (201) or replaced (200). */
export interface Saved<T> {
  readonly created: boolean;
  readonly value: T;
}
