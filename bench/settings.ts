/** How long and how hard the bench loads each server (environment variables, for a quick look). */
export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
export const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const CONCURRENCIES = [1, 32];
/** BENCH_SCENARIOS=3,5 runs only those (a quick look); all by default. */
export const ONLY_SCENARIOS = (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean).map(Number);
/** The export and the maintained-aggregate comparison (issue 14); BENCH_EXTRAS=0 leaves them out. */
export const RUN_EXTRAS = process.env.BENCH_EXTRAS !== '0';
