/**
 * Registers custom elements without throwing when two copies of a package meet.
 *
 * The browser has one custom-element registry per page. When a service bundles
 * two versions of this package (or loads the define entry twice), a plain
 * `customElements.define` throws and takes the page down. Here the same class
 * is a no-op, and a different class keeps the first registration and warns
 * with both versions, so the developer can find the duplicate.
 */
import { packageVersion } from './version.js';

export { packageVersion };

const versionKey = Symbol.for('civicbricks.elements.version');

interface VersionedConstructor extends CustomElementConstructor {
  [versionKey]?: string;
}

export function defineElement(tagName: string, elementClass: CustomElementConstructor, version = packageVersion): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (existing === elementClass) return;
  if (existing) {
    const theirs = existing[versionKey] ?? 'an unknown version';
    console.warn(
      `<${tagName}> is already defined by @civicbricks/elements ${theirs}; this copy (${version}) was not registered. ` +
        'Two copies of the package are on the page: deduplicate it in your bundler so both use one version.',
    );
    return;
  }
  (elementClass as VersionedConstructor)[versionKey] = version;
  customElements.define(tagName, elementClass);
}
