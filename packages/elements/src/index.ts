// Classes, templates and types only: importing this registers nothing. Import `@civicbricks/elements/define` to register the tags.
export { CivicElement, type MessageOverrides } from './lib/civic-element.js';
export { defineElement, packageVersion } from './lib/define-element.js';
export { safeUrl } from './lib/safe-url.js';
export { applyAttributes, attributeText, type AttributeMap, type AttributeValue } from './lib/attributes.js';
export { buttonAttributes } from './components/button/button.attributes.js';
export { textInputAttributes } from './components/text-input/text-input.attributes.js';
export { errorSummaryAttributes } from './components/error-summary/error-summary.attributes.js';
export { elementMessages, translatorFor, type ElementMessageKey, type Translate } from './messages.js';
export { CivicButton } from './components/button/button.js';
export { buttonTemplate } from './components/button/button.template.js';
export type { ButtonOptions } from './components/button/button.options.js';
export { CivicTextInput } from './components/text-input/text-input.js';
export { textInputTemplate } from './components/text-input/text-input.template.js';
export type { TextInputOptions, TextInputWidth } from './components/text-input/text-input.options.js';
export { CivicErrorSummary, focusField } from './components/error-summary/error-summary.js';
export { errorSummaryTemplate } from './components/error-summary/error-summary.template.js';
export type { ErrorSummaryItem, ErrorSummaryOptions } from './components/error-summary/error-summary.options.js';
export type { LabelOptions, LabelSize } from './components/field/field.template.js';
