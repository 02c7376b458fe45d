/** What the BullMQ server side and the `osmose worker` processes agree on. */
export const QUEUE_NAME = 'osmose-ingest';
export const CANCEL_CHANNEL = 'osmose:jobs:cancel';
export const RECORDED_KEY = 'osmose:jobs:recorded';
/** A job retried after a crash of its worker (BullMQ backoff), and stalled-job detection. */
export const JOB_ATTEMPTS = 3;
export const LOCK_MS = 10_000;
export const STALLED_CHECK_MS = 5_000;

/** Connection options of every BullMQ client (workers must not give up on a slow Redis). */
export function connectionFrom(url: string): {
  url: string;
  maxRetriesPerRequest: null;
  enableReadyCheck: boolean;
} {
  return { url, maxRetriesPerRequest: null, enableReadyCheck: true };
}
