export declare const versionModules: readonly { readonly packageDir: string; readonly file: string }[];
export declare function versionModuleSource(version: string): string;
