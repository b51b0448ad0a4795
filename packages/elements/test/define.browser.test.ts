import { expect } from '@open-wc/testing';
import { CivicButton, CivicTextInput, defineElement, packageVersion } from '../src/index.js';

// Captures console.warn for one call, so the test can read what a developer would see.
function captureWarnings(body: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a tag once and ignores a second registration of the same class', () => {
    // A constructor can be registered under one tag only, so this test uses its own subclass.
    class TestButton extends CivicButton {}
    defineElement('civic-define-test-a', TestButton);
    expect(customElements.get('civic-define-test-a')).to.equal(TestButton);
    const warnings = captureWarnings(() => defineElement('civic-define-test-a', TestButton));
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns with both versions when another copy claims the tag', () => {
    class OtherCopy extends HTMLElement {}
    defineElement('civic-define-test-b', class FirstCopy extends HTMLElement {}, '1.2.3');
    const warnings = captureWarnings(() => defineElement('civic-define-test-b', OtherCopy, '2.0.0'));
    expect(customElements.get('civic-define-test-b')).to.not.equal(OtherCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1.2.3').and.to.contain('2.0.0').and.to.contain('<civic-define-test-b>');
  });

  it('importing the define entry twice is harmless', async () => {
    await import('../src/define.js');
    const warnings = captureWarnings(() => defineElement('civic-button', CivicButton, packageVersion));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('civic-button')).to.equal(CivicButton);
  });
});

describe('display', () => {
  const connect = (html: string): HTMLElement => {
    const holder = document.createElement('div');
    holder.append(document.createRange().createContextualFragment(html));
    document.body.append(holder);
    return holder;
  };

  it('makes elements that render block markup blocks, keeps inline ones inline, and leaves hidden ones hidden', async () => {
    await import('../src/define.js');
    const holder = connect(
      '<civic-text-input name="a" label="A"></civic-text-input><civic-panel title-text="Done"></civic-panel><civic-tag text="New"></civic-tag><civic-text-input name="b" label="B" hidden></civic-text-input>',
    );
    try {
      const display = (selector: string): string => getComputedStyle(holder.querySelector(selector) as Element).display;
      expect(display('civic-text-input[name="a"]')).to.equal('block');
      expect(display('civic-panel')).to.equal('block');
      expect(display('civic-tag')).to.equal('inline');
      expect(display('civic-text-input[name="b"]')).to.equal('none');
    } finally {
      holder.remove();
    }
  });

  it('leaves elements inline, and working, in a browser without constructed stylesheets', async () => {
    await import('../src/define.js');
    // A tag of its own, so no earlier test has given it its rule yet.
    class OldBrowserInput extends CivicTextInput {}
    defineElement('civic-define-test-old-browser', OldBrowserInput);
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets') as PropertyDescriptor;
    delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    let holder: HTMLElement | undefined;
    try {
      holder = connect('<civic-define-test-old-browser name="d" label="Your name"></civic-define-test-old-browser>');
      const element = holder.querySelector('civic-define-test-old-browser') as OldBrowserInput;
      await element.updateComplete;
      expect(getComputedStyle(element).display).to.equal('inline');
      expect(element.querySelector('label')?.textContent).to.equal('Your name');
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
      holder?.remove();
    }
  });

  it('gives way to any rule of the page', async () => {
    await import('../src/define.js');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('civic-text-input { display: inline-block; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const holder = connect('<civic-text-input name="c" label="C"></civic-text-input>');
    try {
      expect(getComputedStyle(holder.querySelector('civic-text-input') as Element).display).to.equal('inline-block');
    } finally {
      holder.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    }
  });
});
