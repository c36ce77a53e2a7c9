import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { checkOne, type CheckRequest } from "./batch-check";
import type { BatchOutcome } from "./batch-result";

/**
 * `batch --jobs N`: this thread and N − 1 worker threads, each checking one workbook at a
 * time, so that N cores share the work (checking is CPU-bound: concurrency in one thread
 * gains nothing).
 *
 * A worker runs this same module: from the built command line that is the one bundled file,
 * from the TypeScript sources (tests, `npm run cli`) it is this file loaded through tsx. The
 * worker loop starts at load time when the module finds itself in a batch worker.
 */

const ROLE = "jixiao-batch-worker";

interface Task {
  index: number;
  request: CheckRequest;
}

interface Done {
  index: number;
  outcome: BatchOutcome;
}

function workerScript(): { filename: string; execArgv: string[] } {
  // Sources are TypeScript: the worker needs tsx's loader (a dev dependency, present then).
  const fromSource = __filename.endsWith(".ts");
  return { filename: __filename, execArgv: fromSource ? ["--require", require.resolve("tsx/cjs")] : [] };
}

/**
 * Checks every request with `jobs` at once: this thread and `jobs − 1` worker threads (this
 * thread has the modules loaded and warm already; a worker pays for loading them again).
 * Results in the requests' order; `started` is called as each workbook is taken (the progress
 * line).
 */
export async function checkInWorkers(
  requests: readonly CheckRequest[],
  jobs: number,
  started: (index: number) => void,
): Promise<BatchOutcome[]> {
  const results: BatchOutcome[] = new Array(requests.length);
  const { filename, execArgv } = workerScript();
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(filename, { workerData: { role: ROLE }, execArgv });
      let pending = 0;
      const give = (): void => {
        if (next < requests.length) {
          const index = next++;
          pending += 1;
          started(index);
          worker.postMessage({ index, request: requests[index] } satisfies Task);
        } else if (pending === 0) void worker.terminate().then(() => resolve());
      };
      worker.on("message", (done: Done) => {
        pending -= 1;
        results[done.index] = done.outcome;
        give();
      });
      worker.on("error", reject);
      // One workbook ahead: the worker need not wait for this thread, busy with its own share,
      // to hand it the next one.
      worker.on("online", () => {
        give();
        give();
      });
    });
  const here = async (): Promise<void> => {
    while (next < requests.length) {
      const index = next++;
      started(index);
      results[index] = await checkOne(requests[index]);
    }
  };
  const workers = Array.from({ length: Math.min(jobs, requests.length) - 1 }, runWorker);
  await Promise.all([here(), ...workers]);
  return results;
}

/** The worker's side: check each workbook it is given and send the outcome back. */
function serve(): void {
  parentPort?.on("message", (task: Task) => {
    void checkOne(task.request).then((outcome) =>
      parentPort?.postMessage({ index: task.index, outcome } satisfies Done),
    );
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();
