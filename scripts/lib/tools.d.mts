export declare const cacheDir: string;
export declare function cachedTool(folder: string, spec: string, file: string, options?: { ignoreScripts?: boolean }): string;
export declare function nodeBinary(major: string | number): string;
