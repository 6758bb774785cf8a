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

export async function runChecks(targets: readonly FileTarget[], settings: CheckSettings, jobs: number, entry: string, emit: (result: FileResult) => void): Promise<void> {
  if (jobs <= 1 || targets.length <= 1) {
    const { checkFile, CheckCache } = loadCheck();
    const cache = new CheckCache();
    for (const t of targets) emit(checkFile(t.absolute, t.display, settings, cache));
    return;
  }
  const results: (FileResult | undefined)[] = new Array(targets.length);
  let emitted = 0;
  let next = 0;
  const workers = new Set<Worker>();

  await new Promise<void>((resolve) => {
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
        resolve();
      }
    };
    const feed = (worker: Worker, inFlight: { index: number | null }) => {
      if (next >= targets.length) return;
      const index = next++;
      inFlight.index = index;
      const task: Task = { index, absolute: targets[index]!.absolute, display: targets[index]!.display };
      worker.postMessage(task);
    };
    const spawn = () => {
      const data: WorkerData = { whosaidWorker: true, settings };
      // From source (`node --import tsx server/src/cli.ts`) a worker cannot load .ts by itself.
      const worker = entry.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, workerData: data })
        : new Worker(entry, { workerData: data });
      const inFlight: { index: number | null } = { index: null };
      workers.add(worker);
      worker.on('message', (reply: Reply) => {
        inFlight.index = null;
        feed(worker, inFlight);
        deliver(reply.index, reply.result);
      });
      // A worker that dies (out of memory, a crash outside the analysis) loses its file only:
      // that file is reported as not checked and a fresh worker takes over the queue.
      const lost = (why: string) => {
        if (!workers.delete(worker)) return;
        const index = inFlight.index;
        inFlight.index = null;
        if (index !== null) {
          deliver(index, { display: targets[index]!.display, checked: false, entry: null, counts: emptyCounts(), failing: false, errors: [`internal error: ${why}`] });
        }
        if (emitted < targets.length && next < targets.length) spawn();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`worker exited with code ${code}`));
      feed(worker, inFlight);
    };
    const pool = Math.min(jobs, targets.length);
    for (let i = 0; i < pool; i++) spawn();
  });
}
