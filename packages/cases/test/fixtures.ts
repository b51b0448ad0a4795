/**
 * An early help case type: a family referred to a council, assessed, then
 * supported by a team from several agencies under one lead professional.
 * Returned fresh on every call, so a test can change its copy.
 */
export function earlyHelpJson() {
  return {
    id: 'early-help',
    version: 1,
    title: 'Early help for a family',
    division: 'england-and-wales',
    workflow: {
      id: 'early-help',
      version: 1,
      initial: 'referred',
      states: {
        referred: { on: { accept: { target: 'assessing' }, decline: { target: 'closed' } } },
        assessing: { on: { completeAssessment: { target: 'support' }, close: { target: 'closed' } } },
        support: {
          initial: 'planning',
          on: { close: { target: 'closed' } },
          states: {
            planning: { on: { agreePlan: { target: 'reviewing' } } },
            reviewing: { on: { reviewPlan: { target: 'reviewing' } } },
          },
        },
        closed: { type: 'final' },
      },
    },
    roles: {
      caseworker: { label: 'Family support worker' },
      manager: { label: 'Team manager' },
      partner: { label: 'Partner agency worker' },
      viewer: { label: 'Read-only viewer' },
    },
    fields: {
      childName: { type: 'text', label: "Child's name", required: true, personal: true, maxLength: 200 },
      dateOfBirth: { type: 'date', label: 'Date of birth', required: true, personal: true },
      postcode: { type: 'text', label: 'Postcode', personal: true, maxLength: 10 },
      concern: { type: 'choice', label: 'Main concern', options: ['neglect', 'school-attendance', 'domestic-abuse', 'other'] },
      assessmentSummary: { type: 'text', label: 'Assessment summary' },
      riskScore: { type: 'number', label: 'Risk score' },
      consentGiven: { type: 'boolean', label: 'Family consents to sharing' },
    },
    actions: {
      accept: { label: 'Accept the referral', allowed: { referred: ['manager'] } },
      decline: { label: 'Decline the referral', allowed: { referred: ['manager'] } },
      completeAssessment: { label: 'Complete the assessment', allowed: { assessing: ['caseworker', 'manager'] } },
      agreePlan: { label: 'Agree the plan', allowed: { planning: ['caseworker'] } },
      reviewPlan: { label: 'Review the plan', allowed: { reviewing: ['caseworker', 'partner'] } },
      close: { label: 'Close the case', allowed: { assessing: ['manager'], support: ['manager'] } },
    },
    operations: {
      open: ['caseworker', 'manager'],
      allocateLead: ['manager'],
      transferLead: ['manager'],
      manageTeam: ['manager', 'caseworker'],
      addNote: ['caseworker', 'manager', 'partner'],
      setFlags: ['caseworker', 'manager'],
      linkPeople: ['caseworker', 'manager'],
      share: ['caseworker', 'manager'],
      manageTasks: ['caseworker', 'manager'],
      addDocument: ['caseworker', 'manager', 'partner'],
      pickUp: ['caseworker', 'manager'],
      reassign: ['manager'],
    },
    flags: ['safeguarding', 'vulnerable', 'urgent'],
    sla: {
      assessment: { label: 'Assess within 20 working days of the referral', workingDays: 20, stopStates: ['support', 'closed'] },
    },
    fieldAccess: {
      caseworker: {
        see: ['childName', 'dateOfBirth', 'postcode', 'concern', 'assessmentSummary', 'riskScore', 'consentGiven'],
        change: ['postcode', 'concern', 'assessmentSummary', 'riskScore', 'consentGiven'],
      },
      manager: {
        see: ['childName', 'dateOfBirth', 'postcode', 'concern', 'assessmentSummary', 'riskScore', 'consentGiven'],
        change: ['childName', 'dateOfBirth', 'postcode', 'concern', 'assessmentSummary', 'riskScore', 'consentGiven'],
      },
      partner: { see: ['childName', 'dateOfBirth', 'concern'], change: [] },
      viewer: { see: ['concern'], change: [] },
    },
  };
}
