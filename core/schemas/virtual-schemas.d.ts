// The modules build/vite-plugin-schemas.ts generates at build time from core/schemas/data/.

declare module 'virtual:badge-lens/schemas' {
  /** One error of a compiled validator, as Ajv reports it. */
  export interface CompiledError {
    /** JSON Pointer to the value that failed ('' is the whole document). */
    readonly instancePath: string;
    readonly schemaPath: string;
    readonly keyword: string;
    readonly params: Readonly<Record<string, unknown>>;
    readonly message?: string;
  }

  /** A compiled validator: true when the data is valid; otherwise the errors are on `errors`. */
  export interface CompiledValidator {
    (data: unknown): boolean;
    readonly errors?: readonly CompiledError[] | null;
  }

  export interface ContextValidation {
    readonly validatesType: string;
    readonly validatesTypeIri?: string;
    readonly schemaUrl: string;
  }

  /** Every shipped schema's URL (and aliases) → a loader of its compiled validator. */
  export const schemaLoaders: ReadonlyMap<string, () => Promise<CompiledValidator>>;
  /** Context URL (and aliases) → the validations the context names, in its order. */
  export const contextValidations: ReadonlyMap<string, readonly ContextValidation[]>;
  /** Context URL (and aliases) → each term the context defines and the absolute IRI it expands to. */
  export const contextTerms: ReadonlyMap<string, Readonly<Record<string, string>>>;
}
