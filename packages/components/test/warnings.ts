/** Runs `action` and returns what it passed to console.warn, without printing it. */
export async function warningsDuring(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await action();
  } finally {
    console.warn = originalWarn;
  }
  return warnings;
}
