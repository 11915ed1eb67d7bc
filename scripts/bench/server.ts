// Starts the built app as `npm start` does (scripts/serve.mjs: the production server behind its
// admission gate) for the benchmark and samples the resident memory of its whole process tree, so
// the peak includes every process it spawns.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

function childrenOf(pid: number): number[] {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((tid) => {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      return text ? text.split(/\s+/).map(Number) : [];
    });
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssMb(root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rssKb(pid);
    queue.push(...childrenOf(pid));
  }
  return total / 1024;
}

export type AppServer = { url: string; process: ChildProcess; peakRssMb: () => number; resetPeak: () => void; stop: () => Promise<void> };

export async function startApp(port: number, env: Record<string, string>): Promise<AppServer> {
  const child = spawn("node", ["scripts/serve.mjs", "start", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 100);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De app stopte bij het starten:\n${log}`);
    try {
      const response = await fetch(`${url}/login`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`De app startte niet binnen 2 minuten:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    process: child,
    peakRssMb: () => peak,
    resetPeak: () => (peak = treeRssMb(child.pid!)),
    stop: async () => {
      clearInterval(sampler);
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
