import { z } from 'zod';

/** Severity of a console record, lowest first. */
export const LogLevel = z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']);
export type LogLevel = z.infer<typeof LogLevel>;

/** One structured console record, as the engine and the backend write them. */
export const LogRecord = z.object({
  seq: z.number().int().nonnegative(),
  time: z.number(),
  level: LogLevel,
  service: z.string().optional(),
  run: z.string().optional(),
  state: z.string().optional(),
  message: z.string(),
});
export type LogRecord = z.infer<typeof LogRecord>;

/** A service's dotted name (`orders.Checkout`), as the contract passes it. */
export const ServiceName = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[^./\\][^/\\]*$/, 'a service name is dotted, like orders.Checkout, without slashes')
  .refine((name) => !name.split('.').some((part) => part === '' || part === '..'), 'a service name has no empty segments');

export const WorkspaceInfo = z.object({
  root: z.string(),
  name: z.string(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const ServiceSummary = z.object({
  name: z.string(),
  path: z.string(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceFile = z.object({
  name: z.string(),
  path: z.string(),
  text: z.string(),
  /** Modification time the backend read; a save passes it back so a change by another program is noticed. */
  mtimeMs: z.number(),
});
export type ServiceFile = z.infer<typeof ServiceFile>;

export const SaveResult = z.object({
  name: z.string(),
  path: z.string(),
  mtimeMs: z.number(),
});
export type SaveResult = z.infer<typeof SaveResult>;

/** One service file that changed on disk, as the watcher saw it: `mtimeMs` is null once it is gone. */
export const ServiceChange = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['added', 'changed', 'removed']),
  mtimeMs: z.number().nullable(),
});
export type ServiceChange = z.infer<typeof ServiceChange>;

/** What the file watcher tells the renderer: which services of which workspace changed. */
export const WorkspaceChanged = z.object({
  root: z.string(),
  changes: z.array(ServiceChange),
});
export type WorkspaceChanged = z.infer<typeof WorkspaceChanged>;

/** The answer of the native folder picker: null when the user cancelled. */
export const ChosenFolder = z.object({ root: z.string().nullable() });
export type ChosenFolder = z.infer<typeof ChosenFolder>;

/** The error half of every reply: a code a program can switch on and a message a user can act on. */
export const ApiErrorShape = z.object({
  code: z.string(),
  message: z.string(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;
