// Preloaded into a process being measured: reports its peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`[collate-bench] peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
});
