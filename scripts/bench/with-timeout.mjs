/**
 * `promise`, or an error naming `what` once `ms` have passed: every wait of the bench is
 * bounded, so a stuck page, browser or server ends it instead of hanging it.
 */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
