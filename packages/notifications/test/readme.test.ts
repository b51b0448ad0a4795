import { describe, expect, it } from 'vitest';
import { countSms, renderTemplate, type Template } from '../src/index.js';

// The README's quick start, kept true.
describe('README examples', () => {
  const reminder: Template = {
    id: 'appointment-reminder',
    type: 'sms',
    variants: {
      en: { body: 'Your appointment is on ((date)).((online?? It is a video call.))' },
      cy: { body: 'Mae eich apwyntiad ar ((date)).' },
    },
  };

  it('renders the Welsh variant and counts it', () => {
    expect(renderTemplate(reminder, { date: '3 March', online: 'yes' }, { locale: 'cy' })).toMatchObject({
      text: 'Mae eich apwyntiad ar 3 March.',
      locale: 'cy',
      missing: [],
      sms: { characters: 30, fragments: 1, encoding: 'gsm' },
    });
    expect(renderTemplate(reminder, { date: '3 March', online: 'yes' }).text).toBe('Your appointment is on 3 March. It is a video call.');
  });

  it('counts Welsh text', () => {
    expect(countSms('Diolch – ŵyr')).toMatchObject({ characters: 12, fragments: 1, encoding: 'ucs2' });
  });
});
