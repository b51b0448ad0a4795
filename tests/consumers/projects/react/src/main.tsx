import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CivicButton, CivicRadios, CivicSelect, CivicTextInput } from '@civicbricks/react';
import type { CivicSelect as CivicSelectElement, SelectItem } from '@civicbricks/elements';

const branches: SelectItem[] = [
  { value: 'central', text: 'Central Library' },
  { value: 'canton', text: 'Canton Library' },
];

function JoinForm() {
  const [branch, setBranch] = useState('central');
  return (
    <main className="govuk-main-wrapper govuk-width-container" id="main-content">
      <h1 className="govuk-heading-l">Join the library</h1>
      <form method="post" action="/submit" noValidate>
        <CivicTextInput name="fullName" inputId="full-name" label="What is your full name?" autocomplete="name" />
        <CivicRadios
          name="contact"
          legend="How should we contact you?"
          items={[
            { value: 'email', text: 'Email' },
            { value: 'phone', text: 'Phone' },
          ]}
        />
        {/* A bare tag with its items as JSON, as the elements' README writes it: React 19 sets it as a property. */}
        <civic-checkboxes
          name="interests"
          legend="What are you interested in?"
          items='[{"value":"books","text":"Books"},{"value":"computers","text":"Computers"},{"value":"events","text":"Events"}]'
        />
        <CivicSelect
          name="branch"
          label="Which library will you use most?"
          items={branches}
          value={branch}
          onChange={(event) => setBranch((event.currentTarget as CivicSelectElement).value)}
        />
        <p className="govuk-body" id="chosen-branch">
          You chose {branches.find((item) => item.value === branch)?.text}
        </p>
        <CivicButton>Join</CivicButton>
      </form>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<JoinForm />);
