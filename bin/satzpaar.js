#!/usr/bin/env node
// The claims' number grammars are regular expressions of many kilobytes. V8 compiles each one first to
// bytecode for its interpreter and again to machine code on its second use; compiling straight to machine
// code halves the start-up of a small pair (2.0 s to 1.0 s) and changes no result. V8's flags are per process,
// so the batch's worker threads get it too.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
await import('../bundle/cli/main.js');
