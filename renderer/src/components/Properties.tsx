// The pane lives with its parts in properties/; App imports it from here.
export { Properties } from '../properties/Properties';
