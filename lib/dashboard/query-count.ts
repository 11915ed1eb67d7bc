// A Db that counts the statements sent through it, for the query budget of the dashboard (at most
// six per request) in tests and in the benchmark. It wraps execute and the query
// builders' entry points, and the transaction it hands out, so the tenant set-up counts too.
import type { Db } from "@/db/client";

const COUNTED = new Set(["execute", "select", "selectDistinct", "insert", "update", "delete"]);

export type QueryCounter = { db: Db; count: () => number; reset: () => void };

export function countingDb(db: Db): QueryCounter {
  let count = 0;
  const wrap = (target: Db): Db =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "transaction") {
          return (work: (tx: Db) => Promise<unknown>, ...rest: unknown[]) =>
            (value as (w: (tx: Db) => Promise<unknown>, ...r: unknown[]) => Promise<unknown>).call(
              object,
              (tx: Db) => work(wrap(tx)),
              ...rest,
            );
        }
        if (COUNTED.has(String(property))) {
          return (...args: unknown[]) => {
            count++;
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        return value.bind(object);
      },
    });
  return { db: wrap(db), count: () => count, reset: () => (count = 0) };
}
