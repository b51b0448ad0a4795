export interface WorkspacePackage {
  readonly dir: string;
  readonly manifest: {
    readonly name: string;
    readonly version: string;
    readonly private?: boolean;
    readonly files?: readonly string[];
    readonly customElements?: string;
    readonly exports?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
    readonly dependencies?: Readonly<Record<string, string>>;
    readonly peerDependencies?: Readonly<Record<string, string>>;
    readonly [field: string]: unknown;
  };
}
export declare function publicPackages(): WorkspacePackage[];
export declare function packPackage(dir: string, destination: string): string;
export declare function packPackageAsync(dir: string, destination: string): Promise<string>;
export declare function tarballFiles(tarball: string): string[];
export declare function tarballManifest(tarball: string): WorkspacePackage['manifest'];
