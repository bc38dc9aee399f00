export declare function findChromium(): string | null;
export declare function findPlaywrightChromium(): Promise<string | null>;
export declare const CHROMIUM_ARGS: string[];
export declare const INSTALL_HINT: string;
