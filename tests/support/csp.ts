// The strict Content Security Policy the cross-package browser tests serve pages under: no inline script or
// style, nothing from elsewhere, and Trusted Types required. It is the journey handler's default, so the
// elements are tested under the policy a service sends.
export { DEFAULT_CONTENT_SECURITY_POLICY as strictPolicy } from '@civicbricks/registration-elements/server';
