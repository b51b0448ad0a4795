/**
 * Control characters never reach a text message: ESC (which GSM can carry,
 * and which on a handset changes the character after it) and the rest of C0
 * and C1 are removed, locally and in what is sent to GOV.UK Notify.
 */
import { describe, expect, it } from 'vitest';
import { countSms, renderTemplate, sanitiseSms, type Template } from '../src/index.js';
import { createNotifyProvider } from '../src/notify/index.js';
import { startFakeNotify } from './support/fake-notify.js';

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== '\n'),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
];
// eslint-disable-next-line no-control-regex -- the characters under test
const ANY_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

const sms: Template = { id: '4f2d8a84-0c21-4f3e-9d8f-0a6b9e9c5e21', type: 'sms', variants: { en: { body: 'Your code is ((code)).' } } };

describe('control characters in text messages', () => {
  it('sanitiseSms removes ESC and every other control character but the line break, and counts none of them', () => {
    expect(sanitiseSms('Code\u001b<1234')).toBe('Code<1234');
    expect(countSms('Code\u001b<1234')).toMatchObject({ characters: 9, length: 9, encoding: 'gsm' });
    for (const char of CONTROLS) {
      const sent = sanitiseSms(`a${char}b`);
      expect(sent, `U+${char.charCodeAt(0).toString(16)}`).not.toMatch(ANY_CONTROL);
      expect(sanitiseSms(sent)).toBe(sent);
    }
    expect(sanitiseSms('a\tb')).toBe('a b');
    expect(sanitiseSms('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('renderTemplate sends no control character from a value', () => {
    const rendered = renderTemplate(sms, { code: `12\u001b34${CONTROLS.join('')}56` });
    expect(rendered.text).not.toMatch(ANY_CONTROL);
    expect(rendered.text.startsWith('Your code is 1234')).toBe(true);
  });

  it('sends Notify values without control characters for text messages', async () => {
    const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
    const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0';
    const fake = await startFakeNotify({ services: [{ serviceId, secret }], templates: { [sms.id]: 'sms' } });
    try {
      const notify = createNotifyProvider({ apiKey: `my_test_key-${serviceId}-${secret}`, baseUrl: fake.url });
      await notify.send({
        template: sms,
        to: '07700 900123',
        personalisation: { code: '12\u001b[3\r\n4\u0085', parts: ['a\u001bb', 7] },
        reference: 'sms-controls-1',
      });
      expect(fake.messages[0]?.personalisation).toEqual({ code: '12[3\n4', parts: ['ab', 7] });
    } finally {
      await fake.close();
    }
  });
});
