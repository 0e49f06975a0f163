// The Flux engine (DESIGN.md "The engine"): runs services as FLUX.md says, with time, logs, the
// run store and scripts behind small interfaces that tests and hosts replace.
export { createEngine, Engine, type DeployResult } from './engine';
export type { EngineOptions } from './engine-options';
export { EngineError, StateError, type EngineErrorCode, type RunErrorCode } from './errors';
export { FakeClock, RealClock, type Clock, type TimerHandle } from './clock';
export { MemorySink, nullSink, formatRecord, type LogSink } from './log-sink';
export { MemoryRunStore, type RunStore, type StoredState, type StoredDefinition, type EngineMeta } from './run-store';
export { FileRunStore, type FileRunStoreOptions } from './file-run-store';
export { WorkerScriptRunner, type ScriptRunner, type ScriptResult } from './script-runner';
export { step, createRun, waitsFor, type StepInput, type StepResult, type StepContext, type RunSpec } from './step';
export type { Effect } from './effects';
export { defineService, versionOf, type ServiceDefinition } from './definition';
export { validateInputs, type InputCheck } from './validate-inputs';
export { runTags, tagsMatch } from './tags';
export { stateDirOf, STATE_FOLDER } from './state-dir';
export * from './types';
