/** What the server hands `<civic-journey>` so the browser carries on from the page it rendered. */
import type { AnswerError, Answers, JourneyDefinition } from '@civicbricks/registration';

/** The attribute of the `<script type="application/json">` inside `<civic-journey>` that holds its {@link JourneyState}. */
export const JOURNEY_STATE_ATTRIBUTE = 'data-civic-journey-state';

export interface JourneyState {
  readonly definition: JourneyDefinition;
  readonly answers: Answers;
  readonly pageId: string;
  /** Sent back in the `x-civic-csrf` header with the finished answers. */
  readonly csrfToken?: string;
  /** Where the finished answers are posted as JSON; without it the element fires `civic-journey-submit` only. */
  readonly submitUrl?: string;
  /** Where answers so far are posted as JSON to get a resume link (save and come back later). */
  readonly saveUrl?: string;
  /** The journey's pages' URL prefix, for links that still work with JavaScript off. */
  readonly basePath?: string;
  /** Shown after each page's title in the title bar. */
  readonly serviceName?: string;
  readonly returnTo?: string;
  /** The problems the server found with what was posted, so the element shows them as the server did. */
  readonly errors?: readonly AnswerError[];
  readonly reference?: string;
}
