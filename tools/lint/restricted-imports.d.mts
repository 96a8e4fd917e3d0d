export declare const NO_FOREIGN_ENTITIES: ['error', { patterns: { group: string[]; importNamePattern: string; message: string }[] }];
