/**
 * `@civicbricks/notifications/smtp`: email through an SMTP mailbox, for
 * services without GOV.UK Notify. Node only (nodemailer opens sockets).
 */
export { createSmtpProvider, smtpError, type SmtpProvider, type SmtpProviderOptions, type SmtpLogEntry } from './smtp-provider.js';
