import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { REQUEST_BODY_MAX_BYTES } from '@djt/shared';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { logger } from '../core/logger';
import { todayIn, type AppConfig } from '../config/config';
import { SESSION_COOKIE, sessionFromToken } from '../core/auth/auth.service';
import { buildContext, type RequestContext } from '../core/context';
import {
  databaseUnavailable,
  DomainError,
  formatError,
  isDatabaseUnavailable,
  langFrom,
  newRequestId,
  translateErrors,
} from '../core/errors';
import { inputGuardPlugin } from '../core/input-guard';
import { runWithSqlCounter } from '../core/sql-counter';
import { ComplianceCache } from '../core/compliance/compliance.cache';
import { createFactsEngine, MIGRATIONS } from './modules';
import { RateLimits, rateLimitConfig } from '../core/rate-limit';
import { GraphQLError } from 'graphql';
import { buildSchema } from './schema';
import { ReplicaRouter } from '../db/replicas';

/** Root fields that aggregate a whole district or bureau: rate-limited per user. */
const EXPENSIVE_FIELDS = new Set(['compliance', 'schoolRanking']);

export interface RunningApp {
  url: string;
  port: number;
  /** The read replicas' router (db/replicas.ts), or null without replicas. */
  replicas: ReplicaRouter | null;
  /**
   * Graceful stop: readiness turns 503 and every answer says `Connection: close` for
   * `drainMs` (requests already sent are read and answered, a load balancer stops sending),
   * then no new connection is accepted and the requests in flight are finished (10 s at most).
   */
  close: (drainMs?: number) => Promise<void>;
}

function bearer(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/** The HTTP server: GraphQL at /graphql, the web client's static build at /, health at /healthz. */
export async function startApp(orm: MikroORM, config: AppConfig): Promise<RunningApp> {
  const facts = createFactsEngine(config.factsIncremental);
  const reports = new ComplianceCache(config.complianceCacheCells);
  const limits = new RateLimits(rateLimitConfig(config));
  if (!(await limits.ready())) logger.warn('redis for rate limits not ready: counting in process until it is');
  // Read replicas, when the ORM was given some (db/replicas.ts); null: everything on the primary.
  const replicas = await ReplicaRouter.start(orm, config.replicas);
  const app = express();
  const httpServer = http.createServer(app);
  // Idle keep-alive connections are closed by the client first (browsers, undici: ~4 s), never
  // by us mid-reuse: a server closing an idle socket just as a request arrives on it resets it.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  logger.level = config.logLevel;
  // Security headers on every answer (nosniff, frame-ancestors/X-Frame-Options, referrer policy,
  // HSTS in production). The Content-Security-Policy is the web client's (below): on /graphql the
  // development explorer loads its own scripts.
  app.use(helmet({ contentSecurityPolicy: false, hsts: config.production }));
  let shuttingDown = false;
  app.use((_req, res, next) => {
    if (shuttingDown) res.setHeader('connection', 'close');
    next();
  });

  // Query shape limits (depth, cost, aliases, tokens); refusals arrive as BAD_USER_INPUT.
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 10 },
    // The token limit is graphql-js's own (parseOptions below): armor's plugin re-parsed the
    // query in a hook of its own and turned every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: buildSchema(),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: 1000 },
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    plugins: [
      ...armor.plugins,
      inputGuardPlugin,
      {
        // Mutations, and the dashboards that aggregate a whole bureau, are counted per user.
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, contextValue }) {
              const userId = contextValue.user?.userId;
              if (!userId || !operation) return;
              try {
                if (operation.operation === 'mutation') await limits.consume('mutation', userId);
                const roots = operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : ''));
                if (roots.some((f) => EXPENSIVE_FIELDS.has(f))) await limits.consume('dashboard', userId);
              } catch (e) {
                if (!(e instanceof DomainError)) throw e;
                throw new GraphQLError(e.message, { originalError: e, extensions: { http: { status: 429 } } });
              }
            },
          };
        },
      },
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We set no cache hints; the default plugin would wrap every field of every row
      // (measured ~6 ms of the 1,600-school comparison).
      ApolloServerPluginCacheControlDisabled(),
      {
        // formatError has no context: messages are put in the request's language here.
        async requestDidStart() {
          // Whether the request failed as a GraphQL request (parse, validation, variables), as
          // opposed to a malformed HTTP request, which stays 400 whatever the client accepts.
          let graphqlRequestError = false;
          const started = Date.now();
          return {
            async didResolveOperation({ operation, contextValue }) {
              // Before any resolver: only a query may read from a replica.
              contextValue.route.readOnly = operation?.operation === 'query';
            },
            async didEncounterErrors({ errors }) {
              graphqlRequestError ||= errors.some((e) =>
                ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'].includes(
                  String(e.extensions?.code),
                ),
              );
            },
            async willSendResponse({ request, response, contextValue, operationName, operation }) {
              const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
              // Read-your-writes: the mutation has committed; before its answer leaves, its user's
              // next reads are tied to the primary's position now (db/replicas.ts).
              const userId = contextValue.user?.userId;
              if (replicas && userId && operation?.operation === 'mutation' && contextValue.route.ranOn.has('primary'))
                await replicas.noteWrite(userId);
              const db = contextValue.route.ranOn.size ? [...contextValue.route.ranOn].join(',') : undefined;
              if (config.countSql && db) response.http.headers.set('x-djt-db', db);
              // One line per request: who, what, how long, where it ran, which error codes (no variables).
              logger.info({
                requestId: contextValue.requestId,
                userId: contextValue.user?.userId ?? null,
                operation: operationName ?? null,
                ms: Date.now() - started,
                status: response.http.status ?? 200,
                db,
                errors: errors.length ? errors.map((e) => e.extensions?.code) : undefined,
              });
              // GraphQL over HTTP: a request error (parse, validation, variables) is 400 with
              // application/graphql-response+json, but 200 for a client that accepts only
              // application/json (its body says what went wrong).
              const accept = request.http?.headers.get('accept') ?? '';
              if (
                response.http.status === 400 &&
                graphqlRequestError &&
                !accept.includes('application/graphql-response+json') &&
                response.body.kind === 'single' &&
                !response.body.singleResult.data
              )
                response.http.status = 200;
              const limited = errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
              const retryAfter = (limited?.extensions?.params as { retryAfter?: number } | undefined)?.retryAfter;
              if (retryAfter) response.http.headers.set('retry-after', String(retryAfter));
              // The database is unreachable (formatError): 503 and a hint when to retry.
              if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
                response.http.status = 503;
                response.http.headers.set('retry-after', '5');
              }
              if (response.body.kind === 'single' && response.body.singleResult.errors) {
                response.body.singleResult.errors = translateErrors(
                  response.body.singleResult.errors,
                  contextValue.lang,
                );
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Liveness: the process answers. Readiness: the database answers and has every migration.
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ ok: false, shuttingDown: true });
      return;
    }
    try {
      const [row] = await orm.em
        .getConnection()
        .execute<
          { applied: number }[]
        >('select count(*)::int as applied from mikro_orm_migrations where name = any(?::text[])', [`{${MIGRATIONS.map((m) => m.name).join(',')}}`]);
      const ready = row.applied === MIGRATIONS.length;
      res.status(ready ? 200 : 503).json({ ok: ready, database: true, migrations: ready ? 'applied' : 'pending' });
    } catch {
      res.status(503).json({ ok: false, database: false });
    }
  });

  app.use(
    '/graphql',
    cookieParser(),
    // The body cap is shared: attached files travel base64-encoded inside it (FILE_LIMITS).
    express.json({ limit: REQUEST_BODY_MAX_BYTES }),
    (req, res, next) => {
      if (!config.countSql) return next();
      // Count this request's SQL statements, reported in a header (benchmarks only).
      const counter = { count: 0 };
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
        if (!res.headersSent) res.setHeader('x-sql-count', String(counter.count));
        return writeHead(...args);
      }) as typeof res.writeHead;
      runWithSqlCounter(counter, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearer(req);
        // The session lookup is the first query of a request: with the database down it fails
        // here, outside any resolver, so it is answered 503 from here (see databaseUnavailable).
        const session = token
          ? await sessionFromToken(orm, token).catch((err: unknown) => {
              throw isDatabaseUnavailable(err) ? databaseUnavailable() : err;
            })
          : null;
        return buildContext({
          requestId: newRequestId(),
          lang: langFrom(req.headers['accept-language']),
          user: session && 'user' in session ? session.user : null,
          authError: session && 'error' in session ? session.error : null,
          token,
          today: todayIn(config.timeZone, config.today),
          config,
          orm,
          replicas,
          facts,
          reports,
          limits,
          ip: req.ip ?? req.socket.remoteAddress ?? '',
          idempotencyKey: req.header('idempotency-key')?.trim() || null,
          res,
        });
      },
    }),
  );

  // A body that is not JSON, or larger than the cap, never reaches Apollo: answer it in the same
  // shape as every other error, without Express's default page (a stack trace outside production).
  app.use('/graphql', (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const tooLarge = (err as { type?: string }).type === 'entity.too.large';
    res.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge ? 'Request too large' : 'Malformed request',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            params: { detail: tooLarge ? 'body > 1 MB' : 'JSON' },
          },
        },
      ],
    });
  });

  const webDist = config.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    // What the built client needs and nothing more: its own scripts and API; antd's CSS-in-JS
    // writes <style> elements (style-src 'unsafe-inline'); charts and exports use data:/blob:.
    app.use(
      helmet.contentSecurityPolicy({
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.production ? [] : null,
        },
      }),
    );
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Single-page app: every other GET is the client's index.
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    port,
    replicas,
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    close: async (drainMs = 0) => {
      shuttingDown = true;
      if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
      await apollo.stop();
      await limits.close();
      await replicas?.stop();
    },
  };
}
