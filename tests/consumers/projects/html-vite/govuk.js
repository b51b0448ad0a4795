import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { initAll } from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
