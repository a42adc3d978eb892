import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerErrorHandler } from './errors.ts';

/**
 * A Kassa HTTP server as both HQ and the store server start one: zod schemas validate requests and
 * replies, bad input gets a 4xx naming the field, bodies are capped at 1 MiB unless a route says
 * otherwise, and the OpenAPI of every route is served at `/docs`.
 */
export async function kassaServer(options: {
  /** Who answers, in the message of an unexpected 500 ("HQ", "the store server"). */
  readonly server: string;
  readonly logger: boolean;
  readonly title: string;
  readonly description: string;
  /** Bearer schemes by name, with what the token is. */
  readonly bearers: Readonly<Record<string, string>>;
}) {
  const app = Fastify({ logger: options.logger, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, options.server);
  await app.register(swagger, {
    openapi: {
      info: { title: options.title, description: options.description, version: '0.1.0' },
      components: {
        securitySchemes: Object.fromEntries(
          Object.entries(options.bearers).map(([name, description]) => [
            name,
            { type: 'http' as const, scheme: 'bearer', description },
          ]),
        ),
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  return app;
}
