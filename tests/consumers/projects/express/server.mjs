// An Express 5 service: the application form rendered on the server with GOV.UK errors, and the journey.
import express from 'express';
import { applicationPage, assets, journeyHandler, thanksPage, validateApplication } from './pages.mjs';

const app = express();
for (const [path, file] of Object.entries(assets)) app.get(path, (request, response) => response.sendFile(file));
app.get('/apply', (request, response) => response.type('html').send(applicationPage()));
app.post('/apply', express.urlencoded({ extended: false }), (request, response) => {
  const { values, errors } = validateApplication(request.body);
  response.type('html').send(errors.length ? applicationPage({ values, errors }) : thanksPage(values));
});
app.use(await journeyHandler());

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${server.address().port}`);
});
