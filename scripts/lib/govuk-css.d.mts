export const councilStylesheetEntry: string;
export function councilStylesheetPath(): string;
export function councilStylesheet(): string;
export function writeCouncilStylesheet(folder: string): string;
