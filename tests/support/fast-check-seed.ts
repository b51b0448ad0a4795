/**
 * Every property test in the Node suite runs from one fixed seed, so a run on a fresh clone finds what the
 * last run found and a red test is red again when someone looks (a random seed made a test fail once in
 * many runs and pass when rerun). Set FC_SEED to explore other seeds; a property that sets its own seed keeps it.
 */
import fc from 'fast-check';

const seed = Number(process.env['FC_SEED'] ?? 20_261_208);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
