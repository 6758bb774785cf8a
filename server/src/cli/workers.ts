// Checking many files: in the main thread for --jobs 1, else in a pool of worker_threads. A
// worker is the CLI's own entry script started again (`new Worker(entry, { workerData })`; in
// the bundle that is dist/cli.js), which sees `workerData.whosaidWorker` and serves tasks. Each
// task is one file, handed to whichever worker is free; results are passed to `emit` strictly in
// the order of `targets`, so the output is the same for any number of jobs.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { CheckSettings, FileResult } from './check';
import { emptyCounts } from './output/text';
import type { FileTarget } from '../host/files';

interface Task {
  index: number;
  absolute: string;
  display: string;
}

interface Reply {
  index: number;
  result: FileResult;
}

export interface WorkerData {
  whosaidWorker: true;
  settings: CheckSettings;
}

/**
 * The per-file checker and with it the analysis core, loaded on first use so that --help,
 * --version and a main thread that only hands files to workers do not pay for it. (`require`, not
 * `import()`: esbuild makes both lazy in the bundle, but only `require` also works in a worker
 * started from source under tsx.)
 */
export function loadCheck(): typeof import('./check') {
  return require('./check') as typeof import('./check');
}

export function isCheckWorker(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as WorkerData).whosaidWorker === true;
}

/** The worker side: check each file the main thread sends, reply with its result. */
export function serveChecks(): void {
  const { settings } = workerData as WorkerData;
  const { checkFile, CheckCache } = loadCheck();
  const cache = new CheckCache();
  parentPort!.on('message', (task: Task) => {
    const reply: Reply = { index: task.index, result: checkFile(task.absolute, task.display, settings, cache) };
    parentPort!.postMessage(reply);
  });
}

// Tasks a worker holds at once: the next file is already there when it finishes one, while the
// main thread, busy with a file of its own, cannot answer its message yet.
const IN_FLIGHT = 2;

/**
 * Checks `targets` in `jobs` threads: the main thread and jobs − 1 workers. The main thread checks
 * files too (a pool of workers with an idle main thread paid one more start-up, and one more copy
 * of the models, than it had threads at work), between files letting the workers' messages in.
 */
export async function runChecks(
  targets: readonly FileTarget[],
  settings: CheckSettings,
  jobs: number,
  entry: string,
  emit: (result: FileResult) => void,
): Promise<void> {
  const { checkFile, CheckCache } = loadCheck();
  const cache = new CheckCache();
  if (jobs <= 1 || targets.length <= 1) {
    for (const t of targets) emit(checkFile(t.absolute, t.display, settings, cache));
    return;
  }
  const results: (FileResult | undefined)[] = new Array(targets.length);
  let emitted = 0;
  let next = 0;
  const workers = new Set<Worker>();
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const deliver = (index: number, result: FileResult) => {
    results[index] = result;
    while (emitted < targets.length && results[emitted] !== undefined) {
      emit(results[emitted]!);
      results[emitted++] = undefined;
    }
    if (emitted === targets.length) {
      const idle = [...workers];
      workers.clear();
      for (const w of idle) void w.terminate();
      finish();
    }
  };
  const feed = (worker: Worker, inFlight: Set<number>) => {
    while (inFlight.size < IN_FLIGHT && next < targets.length) {
      const index = next++;
      inFlight.add(index);
      const task: Task = { index, absolute: targets[index]!.absolute, display: targets[index]!.display };
      worker.postMessage(task);
    }
  };
  const spawn = () => {
    const data: WorkerData = { whosaidWorker: true, settings };
    // From source (`node --import tsx server/src/cli.ts`) a worker cannot load .ts by itself.
    const worker = entry.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, workerData: data })
      : new Worker(entry, { workerData: data });
    const inFlight = new Set<number>();
    workers.add(worker);
    worker.on('message', (reply: Reply) => {
      inFlight.delete(reply.index);
      feed(worker, inFlight);
      deliver(reply.index, reply.result);
    });
    // A worker that dies (out of memory, a crash outside the analysis) loses its files only:
    // they are reported as not checked and the others go on with the queue.
    const lost = (why: string) => {
      if (!workers.delete(worker)) return;
      const indexes = [...inFlight];
      inFlight.clear();
      for (const index of indexes) {
        deliver(index, {
          display: targets[index]!.display,
          checked: false,
          entry: null,
          counts: emptyCounts(),
          failing: false,
          errors: [`internal error: ${why}`],
        });
      }
      if (emitted < targets.length && next < targets.length) spawn();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    feed(worker, inFlight);
  };
  const pool = Math.min(jobs, targets.length) - 1;
  for (let i = 0; i < pool; i++) spawn();
  // The main thread's share: the next file in the queue, then a turn of the event loop.
  while (next < targets.length) {
    const index = next++;
    deliver(index, checkFile(targets[index]!.absolute, targets[index]!.display, settings, cache));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (emitted < targets.length) await done;
}

/**
 * The threads `--jobs 0` (auto) uses: one per AUTO_BYTES of input, at most one per CPU. A worker
 * thread costs a start-up (loading the bundle and the models, a few hundred milliseconds) that
 * a small input does not win back: one thread checks it sooner.
 */
export const AUTO_BYTES = 1024 * 1024;

export function autoJobs(bytes: number, cpus: number): number {
  return Math.max(1, Math.min(cpus, Math.floor(bytes / AUTO_BYTES)));
}
