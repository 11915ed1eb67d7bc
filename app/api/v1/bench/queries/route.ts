import { benchQueryCount } from "@/lib/bench-route";

export const dynamic = "force-dynamic";

export function GET() {
  return benchQueryCount();
}
