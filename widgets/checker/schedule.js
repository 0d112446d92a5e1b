// Timing for the live check: wait for a pause in typing, and never run two checks at once.

// Runs `fn` once `delayMs` after the last poke.
export function debounce(delayMs, fn) {
  let timer = 0;
  return {
    poke() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = 0;
        fn();
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = 0;
    },
    get pending() {
      return timer !== 0;
    },
  };
}

// Runs the async `task`; asked again while it runs, it runs once more afterwards with the newest input
// rather than queueing every keystroke.
export function latestOnly(task) {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    try {
      await task();
    } finally {
      running = false;
      if (again) run();
    }
  };
  return run;
}
