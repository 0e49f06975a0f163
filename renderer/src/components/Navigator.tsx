// The pane lives with its parts in navigator/; App imports it from here.
export { Navigator } from '../navigator/Navigator';
