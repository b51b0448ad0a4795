/** One example of a component: the data that feeds its story, its axe test and its accessibility-tree test. */
export interface Example<Options> {
  /** Story name, sentence case. */
  readonly name: string;
  readonly options: Options;
  /** `cy` for an example that must be shown in Welsh whatever the page language. */
  readonly lang?: 'en' | 'cy';
}
