// Worker defaults the CLI's help shows without loading the worker (and with it bullmq).

/** Default --stall-timeout: BullMQ's lock duration; long enough that a busy machine never loses a live job. */
export const DEFAULT_STALL_TIMEOUT_S = 30;
