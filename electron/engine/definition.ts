import { createHash } from 'node:crypto';
import { startStateOf, type FluxDocument, type FluxProperty, type FluxState } from '../../shared/model';

/** One deployed version of a service, indexed for the step function. Never changed once made. */
export interface ServiceDefinition {
  name: string;
  /** A hash of the document: runs keep the version they started with across redeploys and restarts. */
  version: string;
  document: FluxDocument;
  states: ReadonlyMap<string, FluxState>;
  startState: string;
  triggers: readonly string[];
  /** Declared names per state and for the service, so a declared variable without value reads as null. */
  declared: ReadonlyMap<string, { input: ReadonlySet<string>; output: ReadonlySet<string> }>;
  serviceInputs: ReadonlySet<string>;
  serviceOutputs: ReadonlySet<string>;
}

const names = (properties: readonly FluxProperty[] | undefined) => new Set((properties ?? []).map((p) => p.name));

/** The content hash that names a version of a service (its name counts: two files may be alike). */
export function versionOf(name: string, document: FluxDocument): string {
  return createHash('sha256').update(name).update('\0').update(JSON.stringify(document)).digest('hex').slice(0, 16);
}

/** Indexes a (valid) document for running; `version` defaults to its content hash. */
export function defineService(name: string, document: FluxDocument, version = versionOf(name, document)): ServiceDefinition {
  const states = new Map(document.states.map((s) => [s.name, s]));
  const declared = new Map(document.states.map((s) => [s.name, { input: names(s.input), output: names(s.output) }]));
  return {
    name,
    version,
    document,
    states,
    startState: startStateOf(document)?.name ?? document.states[0]?.name ?? '',
    triggers: document.triggers ?? [],
    declared,
    serviceInputs: names(document.input),
    serviceOutputs: names(document.output),
  };
}

/** The declared property `name` among `properties`. */
export function findProperty(properties: readonly FluxProperty[] | undefined, name: string): FluxProperty | undefined {
  return properties?.find((p) => p.name === name);
}
