export * from './schemas';
export * from './engine-schemas';
export * from './saved-event-schemas';
export * from './contract';
export * from './errors';
export * from './host';
export * from './client';
export * from './wire';
