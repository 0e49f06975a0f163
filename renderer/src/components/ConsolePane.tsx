// The Console moved to renderer/src/console/; this keeps the bottom panel's import working.
export { ConsolePane } from '../console/ConsolePane';
