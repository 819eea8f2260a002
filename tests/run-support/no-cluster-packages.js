// Test-only preload (node -r): makes bullmq and ioredis unresolvable, as in an installation without the optional
// cluster packages (npm install of the tarball without them).
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (
    request === 'bullmq' ||
    request === 'ioredis' ||
    request.startsWith('bullmq/') ||
    request.startsWith('ioredis/')
  ) {
    const err = new Error(`Cannot find module '${request}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return resolve.call(this, request, ...rest);
};
