import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * No text input may be longer than this. Features set tighter limits per field
 * (a title, a note, a 10,000-character description) and report them with their
 * own reasons, so this stays above every one of them; it stops huge strings in
 * fields nobody capped from reaching services and the database.
 */
export const MAX_TEXT_LENGTH = 20_000;

export type TextProblem = 'INVALID_TEXT' | 'TEXT_TOO_LONG';

/**
 * PostgreSQL refuses NUL in text and lone UTF-16 surrogates cannot be encoded
 * as UTF-8, so either would fail a write as an internal error.
 */
export function textProblem(value: string): TextProblem | null {
  if (value.includes('\0') || !value.isWellFormed()) return 'INVALID_TEXT';
  if (value.length > MAX_TEXT_LENGTH) return 'TEXT_TOO_LONG';
  return null;
}

interface Found {
  problem: TextProblem;
  field: string;
}

/** The first bad string among the document's literals (the argument or input field it sits in). */
function inDocument(document: DocumentNode): Found | null {
  let found: Found | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      const problem = found ? null : textProblem(node.value);
      if (problem) found = { problem, field: names.join('.') || 'query' };
    },
  });
  return found;
}

/** A document's literals never change, and Apollo hands a repeated query its one parsed document: checked once. */
const checkedDocuments = new WeakMap<DocumentNode, Found | null>();

function inDocumentOnce(document: DocumentNode): Found | null {
  let found = checkedDocuments.get(document);
  if (found === undefined) {
    found = inDocument(document);
    checkedDocuments.set(document, found);
  }
  return found;
}

/** The first bad string among the variables, at any depth. */
function inValue(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem && { problem, field: path };
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = inValue(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

const MESSAGES: Record<TextProblem, string> = {
  INVALID_TEXT: 'Text must not contain NUL characters or unpaired surrogates',
  TEXT_TOO_LONG: `Text must be at most ${MAX_TEXT_LENGTH} characters`,
};

/**
 * Checks every string a client sends, literal or variable, before execution:
 * BAD_USER_INPUT instead of a database error deep in a feature.
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          // Apollo's hooks return promises; `then` turns the throw into the rejection.
          return Promise.resolve().then(() => {
            const variables = Object.entries(request.variables ?? {});
            const found = inDocumentOnce(document) ?? variables.map(([name, value]) => inValue(value, name)).find(Boolean) ?? null;
            if (found) {
              throw new GraphQLError(MESSAGES[found.problem], {
                extensions: { code: 'BAD_USER_INPUT', reason: found.problem, field: found.field, http: { status: 400 } },
              });
            }
          });
        },
      });
    },
  };
}
