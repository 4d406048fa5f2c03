/** One way a document fails a JSON Schema. */
export interface SchemaIssue {
  /** JSON Pointer to the offending value; '' is the whole document. */
  readonly path: string;
  /** What is wrong there, e.g. "must have required property 'criteria'". */
  readonly message: string;
}

/**
 * The outcome of validating against a schema. `known: false` when the schema is not one this build ships
 * (schemas are never fetched, so an unknown one cannot be checked).
 */
export type SchemaResult =
  | { readonly known: false }
  | {
      readonly known: true;
      readonly valid: boolean;
      /** At most MAX_SCHEMA_ISSUES, the most direct first. */
      readonly issues: readonly SchemaIssue[];
      /** How many further issues were found and left out. */
      readonly omitted: number;
    };

/** An issue as one line: "/credentialSubject/achievement: must have required property 'criteria'". */
export function issueText(issue: SchemaIssue): string {
  return `${issue.path === '' ? '/' : issue.path}: ${issue.message}`;
}
