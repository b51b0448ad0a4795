// URL options: the scheme allow-list always, and the host allow-list a service can set (issue 12).
import { afterEach, describe, expect, it } from 'vitest';
import { refusedUrl, safeUrl, setAllowedUrlHosts, urlHostPolicy } from '../src/lib/safe-url.js';
import { renderBreadcrumbs, renderHeader } from '../src/server.js';

afterEach(() => setAllowedUrlHosts(undefined));

describe('safeUrl without a host policy', () => {
  it('keeps relative URLs, http(s), mailto and tel, and refuses other schemes', () => {
    for (const url of [
      '/apply',
      'apply',
      '?page=2',
      '#main',
      'https://evil.example/login',
      '//evil.example',
      'mailto:help@camden.gov.uk',
      'tel:+441234567890',
    ])
      expect(safeUrl(url), url).toBe(url);
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\u0000script:alert(1)', 'data:text/html,x', 'vbscript:x'])
      expect(safeUrl(url), url).toBe(refusedUrl);
  });
});

describe('safeUrl under a host policy', () => {
  it('keeps links to the hosts allowed and to subdomains of a wildcard, and relative links', () => {
    setAllowedUrlHosts(['www.gov.uk', '*.camden.gov.uk']);
    for (const url of [
      'https://www.gov.uk/browse',
      'http://www.gov.uk',
      'https://WWW.GOV.UK/x',
      'https://bins.camden.gov.uk/missed',
      '//www.gov.uk/x',
      '/apply',
      '?page=2',
      '#main',
      'mailto:help@example.org',
    ])
      expect(safeUrl(url), url).toBe(url);
  });

  it('refuses every other host, however it is written', () => {
    setAllowedUrlHosts(['www.gov.uk', '*.camden.gov.uk']);
    for (const url of [
      'https://evil.example/login',
      'http://evil.example',
      '//evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      ' //evil.example',
      'https://www.gov.uk.evil.example/',
      'https://www.gov.uk@evil.example/',
      'https://camden.gov.uk/',
      'https://evilcamden.gov.uk/',
      'https://[::1]/',
      'https://',
    ])
      expect(safeUrl(url), url).toBe(refusedUrl);
  });

  it('is shared by every copy of the package on the page and can be lifted', () => {
    setAllowedUrlHosts(['www.gov.uk']);
    expect(urlHostPolicy()?.allowedHosts).toEqual(['www.gov.uk']);
    setAllowedUrlHosts(undefined);
    expect(safeUrl('https://evil.example/')).toBe('https://evil.example/');
  });

  it('refuses host names it cannot match, saying how to write them', () => {
    for (const host of ['https://www.gov.uk', 'www.gov.uk/path', 'WWW.GOV.UK', 'www.gov.uk:443', '*', '*.', '']) {
      expect(() => setAllowedUrlHosts([host]), host).toThrow(/lower case, with no scheme, port or path/);
    }
    expect(() => setAllowedUrlHosts('www.gov.uk' as unknown as string[])).toThrow(TypeError);
    expect(urlHostPolicy()).toBeUndefined();
  });

  it('holds for the server render functions too', async () => {
    setAllowedUrlHosts(['www.camden.gov.uk']);
    const html = await renderBreadcrumbs({
      items: [
        { text: 'Home', href: 'https://www.camden.gov.uk/' },
        { text: 'Log in', href: 'https://evil.example/login' },
        { text: 'Bins', href: '/bins' },
      ],
    });
    expect(html).toContain('href="https://www.camden.gov.uk/"');
    // The element's own attributes still carry the options as given; the links never do.
    expect(html).not.toContain('href="https://evil.example');
    expect(html).toContain('href="#"');
    expect(html).toContain('href="/bins"');
    const header = await renderHeader({ organisationName: 'Camden Council', serviceName: 'Bins', serviceUrl: '//evil.example/' });
    expect(header).not.toContain('href="//evil.example');
    expect(header).toContain('href="#"');
  });
});
