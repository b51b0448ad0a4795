import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@civicbricks/elements/theme/council-theme.css';
import '@civicbricks/elements/define';
