// GOV.UK's defaults (crown, Open Government Licence, Crown copyright) follow one service-wide setting: off for a
// council's service, on for one on GOV.UK, and a component's own `govukBranding` still wins.
import { afterEach, describe, expect, it } from 'vitest';
import { renderFooter, serviceBranding, setServiceBranding } from '../src/server.js';

afterEach(() => setServiceBranding('council'));

describe('service branding', () => {
  it('is a council’s by default: no crown, no Open Government Licence, no Crown copyright', () => {
    expect(serviceBranding()).toBe('council');
    const footer = renderFooter({});
    expect(footer).not.toContain('govuk-footer__crown');
    expect(footer).not.toContain('Open Government Licence');
    expect(footer).not.toContain('Crown copyright');
  });

  it('gives GOV.UK’s footer once the service says it is on GOV.UK, unless a footer says otherwise', () => {
    setServiceBranding('govuk');
    const footer = renderFooter({});
    expect(footer).toContain('govuk-footer__crown');
    expect(footer).toContain('Open Government Licence');
    expect(footer).toContain('© Crown copyright');
    expect(renderFooter({ govukBranding: false })).not.toContain('govuk-footer__crown');
    expect(renderFooter({ contentLicence: null })).not.toContain('Open Government Licence');
  });

  it('refuses anything but govuk or council', () => {
    expect(() => setServiceBranding('gov.uk' as never)).toThrow(TypeError);
  });
});
