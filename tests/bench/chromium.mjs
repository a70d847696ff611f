// The flags of every headless Chromium of the project, defined once in xtask/src/site.rs and handed
// to the bench scripts by `cargo xtask bench` as CHROMIUM_FLAGS.
export function chromiumFlags() {
  const flags = process.env.CHROMIUM_FLAGS;
  if (!flags) {
    throw new Error('CHROMIUM_FLAGS is not set: run the bench with `cargo xtask bench`, or set CHROMIUM_FLAGS="$(cargo xtask chromium-flags)"');
  }
  return flags.split(' ').filter(Boolean);
}
