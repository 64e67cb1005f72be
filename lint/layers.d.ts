// Types of lint/layers.js (plain JavaScript so eslint.config.js loads it directly).
export declare const ROOT: string;
export declare const LAYERS: { layer: string; components: string[] }[];
export declare function repoPath(file: string): string;
export declare function placeOf(path: string): { component: string; layer: string; rank: number } | undefined;
export declare function isTestCode(path: string): boolean;
export declare function layerViolation(fromPath: string, toPath: string): string | undefined;
export declare function resolveSpecifier(fromFile: string, specifier: string): string | undefined;
export declare const layersPlugin: { rules: { layers: unknown } };
