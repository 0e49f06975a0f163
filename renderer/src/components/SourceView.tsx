// The Source tab lives in source/; CentreArea loads it lazily from here.
export { SourceView } from '../source/SourceView';
