export interface ElementDescription {
  readonly tagName: string;
  readonly className: string;
  readonly fields: readonly string[];
  readonly attributes: readonly string[];
  readonly events: readonly { readonly name: string; readonly type: { readonly text: string; readonly imports: readonly string[] } }[];
  readonly summary: string;
}
export declare function elementPackages(): { name: string; short: string; elements: ElementDescription[] }[];
export declare function generatedFiles(): Promise<Map<string, string>>;
