// How the bench slows a page to load it as a phone does: Lighthouse's mobile
// profile, applied by DevTools (bench/cold-load.js, bench/trace.js).

/// What Lighthouse's mobile setting simulates: a 150 ms round trip,
/// 1.6 Mbit/s down and 750 kbit/s up, applied to every request.
const SLOW_NETWORK = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/// The CPU slowed as Lighthouse's mobile profile slows it.
const CPU_SLOWDOWN = 4;

/// Slows the page behind `cdp`: its network, and with `cpu` its CPU too.
async function slow(cdp, { cpu }) {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_NETWORK });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

module.exports = { slow, CPU_SLOWDOWN };
