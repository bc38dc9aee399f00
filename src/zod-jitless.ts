/**
 * Zod probes whether it may compile validators with `new Function`; under the app's
 * Content-Security-Policy (no 'unsafe-eval') the probe is reported as a violation even
 * though zod catches it. jitless skips the probe: validation is the same, interpreted.
 * Nothing validates with zod before the first diagram, so the page does not load it then:
 * every place that brings zod into the page imports this module first (the stored pathways'
 * check, the pathway readers on the page, the benchmark's generated graphs) and the workers
 * that parse import it first too.
 */
import { config } from 'zod';

config({ jitless: true });
