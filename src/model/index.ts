export * from './span';
export * from './message';
export * from './mentions';
export * from './document';
