#!/usr/bin/env node
// Builds the renderer for the end-to-end tests when it is out of date.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRenderer } from './ensure-renderer.mjs';

ensureRenderer(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
