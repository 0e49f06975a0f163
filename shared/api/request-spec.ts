import type { z } from 'zod';

/** One request of the contract: the schema of what the renderer sends and of what it gets back. */
export interface RequestSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
}

export const request = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): RequestSpec<I, O> => ({ input, output });
