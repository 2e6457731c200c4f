/** Kept equal to package.json's version (a test checks it), so start-up reads no files. */
export const VERSION = '0.1.0';
