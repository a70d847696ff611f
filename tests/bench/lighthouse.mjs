// Runs Lighthouse (mobile preset, simulated throttling) N times per URL in Debian's Chromium and
// prints the medians as JSON. Usage: node lighthouse.mjs <runs> <name>=<url> ...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags } from './chromium.mjs';

const [runsArg, ...targets] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
// chrome-launcher starts a visible browser unless told otherwise.
const FLAGS = ['--headless=new', ...chromiumFlags()];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const result = {};
for (const target of targets) {
  const [name, url] = target.split(/=(.*)/s);
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh browser per run: no warm caches carried from one sample to the next.
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      samples.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndex: audit('speed-index'),
        failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const summary = {};
  for (const key of Object.keys(samples[0])) {
    summary[key] = key === 'failing' ? [...new Set(samples.flatMap((s) => s.failing))] : median(samples.map((s) => s[key]));
  }
  result[name] = summary;
}
console.log(JSON.stringify(result));
