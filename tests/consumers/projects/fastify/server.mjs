// A Fastify 5 service: the application form rendered on the server with GOV.UK errors, and the journey.
import { readFileSync } from 'node:fs';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import { applicationPage, assets, journeyHandler, thanksPage, validateApplication } from './pages.mjs';

const app = Fastify();
for (const [path, file] of Object.entries(assets)) app.get(path, (request, reply) => reply.type('text/css').send(readFileSync(file)));

await app.register(async (forms) => {
  await forms.register(formbody);
  forms.get('/apply', (request, reply) => reply.type('text/html').send(applicationPage()));
  forms.post('/apply', (request, reply) => {
    const { values, errors } = validateApplication(request.body);
    reply.type('text/html').send(errors.length ? applicationPage({ values, errors }) : thanksPage(values));
  });
});

// The journey handler reads the request body itself (it checks its size and shape before parsing), so in its own
// context no parser touches the body, and its routes get Node's request and response untouched.
const handler = await journeyHandler();
await app.register(async (journey) => {
  journey.removeAllContentTypeParsers();
  journey.addContentTypeParser('*', (request, payload, done) => done(null));
  const toHandler = (request, reply) => {
    reply.hijack();
    handler(request.raw, reply.raw);
  };
  journey.all('/journey', toHandler);
  journey.all('/journey/*', toHandler);
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening on ${new URL(address).port}`);
