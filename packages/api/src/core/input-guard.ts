import type { ApolloServerPlugin } from '@apollo/server';
import { normaliseText, textProblem } from '@djt/shared';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { DomainError } from './errors';

/**
 * One guard for every text input of every module, before any resolver runs: a NUL character or
 * a lone surrogate anywhere (variables or literals in the query) is refused as BAD_USER_INPUT
 * (before, each reached PostgreSQL or the audit JSON and came back as an internal error), and
 * a variable of only zero-width characters becomes ''. The rules are the shared textProblem and
 * normaliseText, which the web forms use too.
 */
export const inputGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (request.variables) request.variables = clean(request.variables, 'variables') as typeof request.variables;
        checkLiterals(document);
      },
    };
  },
};

function refuse(field: string): never {
  const domain = new DomainError('TEXT_INVALID', {}, field);
  throw new GraphQLError(domain.message, { originalError: domain, extensions: { http: { status: 400 } } });
}

function clean(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (textProblem(value)) refuse(path);
    return normaliseText(value);
  }
  if (Array.isArray(value)) return value.map((v, i) => clean(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (textProblem(k)) refuse(path);
      out[k] = clean(v, `${path}.${k}`);
    }
    return out;
  }
  return value;
}

function checkLiterals(document: DocumentNode) {
  visit(document, {
    [Kind.STRING]: (node) => {
      if (textProblem(node.value)) refuse('query');
    },
  });
}
