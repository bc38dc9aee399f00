/**
 * Zod probes whether it may compile validators with `new Function`; under the app's
 * Content-Security-Policy (no 'unsafe-eval') the probe is reported as a violation even
 * though zod catches it. jitless skips the probe: validation is the same, interpreted.
 * Imported first by main.tsx, so it runs before any module parses at load time.
 */
import { config } from 'zod';

config({ jitless: true });
