import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { initAll } from 'govuk-frontend';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const branches = [
  { value: 'central', text: 'Central Library' },
  { value: 'canton', text: 'Canton Library' },
];

function Choices({
  type,
  name,
  legend,
  items,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  legend: string;
  items: { value: string; text: string }[];
}) {
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        <div className={`govuk-${kind}`} data-module={`govuk-${kind}`}>
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div className={`govuk-${kind}__item`} key={item.value}>
                <input className={`govuk-${kind}__input`} id={id} name={name} type={type} value={item.value} />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                  {item.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function JoinForm() {
  const [branch, setBranch] = useState('central');
  useEffect(() => {
    document.body.classList.add('js-enabled', 'govuk-frontend-supported');
    initAll();
  }, []);
  return (
    <main className="govuk-main-wrapper govuk-width-container" id="main-content">
      <h1 className="govuk-heading-l">Join the library</h1>
      <form method="post" action="/submit" noValidate>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="full-name">
            What is your full name?
          </label>
          <input className="govuk-input" id="full-name" name="fullName" type="text" autoComplete="name" />
        </div>
        <Choices
          type="radio"
          name="contact"
          legend="How should we contact you?"
          items={[
            { value: 'email', text: 'Email' },
            { value: 'phone', text: 'Phone' },
          ]}
        />
        <Choices
          type="checkbox"
          name="interests"
          legend="What are you interested in?"
          items={[
            { value: 'books', text: 'Books' },
            { value: 'computers', text: 'Computers' },
            { value: 'events', text: 'Events' },
          ]}
        />
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="branch">
            Which library will you use most?
          </label>
          <select
            className="govuk-select"
            id="branch"
            name="branch"
            value={branch}
            onChange={(event) => setBranch(event.currentTarget.value)}
          >
            {branches.map((item) => (
              <option key={item.value} value={item.value}>
                {item.text}
              </option>
            ))}
          </select>
        </div>
        <p className="govuk-body" id="chosen-branch">
          You chose {branches.find((item) => item.value === branch)?.text}
        </p>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Join
        </button>
      </form>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<JoinForm />);
