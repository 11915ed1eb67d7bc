import type { TimelineLayout } from "@/lib/roadmap/rules";
import type { GrowthPathLane } from "@/lib/roadmap/growth-lanes";

// Backgrounds first, then the year lines, then markers and paths, so the lines run through every
// lane. Drawn on the server as plain SVG: a timeline needs no interaction, so no chart library and no
// client JavaScript. The SVG is one image with a text alternative; the list below it carries the
// same facts for screen readers and keyboard users.
const WIDTH = 960;
const LABEL = 170;
const RIGHT = 24;
const AXIS = 34;
const ROW = 30;
const LANE_PAD = 14;
const PATH_LANE = 56;
const PLOT = WIDTH - LABEL - RIGHT;

const STATUS_STYLE: Record<string, { fill: string; stroke: string; text: string; dash?: string }> = {
  planned: { fill: "#ffffff", stroke: "#1d6b47", text: "#0f3d28" },
  in_progress: { fill: "#fff7e6", stroke: "#8a5a00", text: "#5c3c00", dash: "3 2" },
  done: { fill: "#1d6b47", stroke: "#1d6b47", text: "#ffffff" },
  dropped: { fill: "#eceeed", stroke: "#6b736f", text: "#3b4540" },
};

const x = (share: number) => LABEL + share * PLOT;

export function RoadmapTimeline(props: {
  layout: TimelineLayout;
  description: string;
  /** The number of each item in the list, so marker and row can be matched. */
  numbers: Map<string, number>;
  growthPaths?: GrowthPathLane[];
}) {
  const { layout } = props;
  const paths = props.growthPaths ?? [];
  const laneTops: number[] = [];
  let y = AXIS;
  for (const lane of layout.lanes) {
    laneTops.push(y);
    y += lane.rows * ROW + LANE_PAD;
  }
  const roadmapBottom = y;
  const pathsTop = roadmapBottom + (paths.length > 0 ? 28 : 0);
  const height = pathsTop + paths.length * PATH_LANE + 8;
  return (
    <div className="timeline-wrap">
      <svg
        className="roadmap-timeline"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={props.description}
        preserveAspectRatio="xMinYMin meet"
      >
        {layout.lanes.map((lane, i) => (
          <g key={lane.key}>
            <rect x={0} y={laneTops[i]} width={WIDTH} height={lane.rows * ROW + LANE_PAD} fill={i % 2 === 0 ? "#f2f8f4" : "#ffffff"} />
            <text x={8} y={laneTops[i] + (lane.rows * ROW + LANE_PAD) / 2 + 5} className="timeline-lane-label">
              {lane.label}
            </text>
          </g>
        ))}
        {paths.map((path, i) => (
          <rect
            key={`bg-${path.id}`}
            x={0}
            y={pathsTop + i * PATH_LANE}
            width={WIDTH}
            height={PATH_LANE}
            fill={i % 2 === 0 ? "#f7f9fc" : "#ffffff"}
          />
        ))}
        {layout.ticks.map((tick) => (
          <g key={tick.label}>
            <line x1={x(tick.x)} x2={x(tick.x)} y1={AXIS - 6} y2={height - 4} stroke="#c6cfc9" />
            <text x={x(tick.x) + 4} y={AXIS - 12} className="timeline-tick">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.today !== null ? (
          <g>
            <line
              x1={x(layout.today)}
              x2={x(layout.today)}
              y1={AXIS - 6}
              y2={height - 4}
              stroke="#a4262c"
              strokeDasharray="5 4"
              strokeWidth={1.5}
            />
            <text x={x(layout.today) - 4} y={AXIS - 12} textAnchor="end" className="timeline-today">
              vandaag
            </text>
          </g>
        ) : null}
        {layout.lanes.map((lane, i) =>
          lane.markers.map((marker) => {
            const style = STATUS_STYLE[marker.status] ?? STATUS_STYLE.planned;
            const cx = x(marker.x);
            const cy = laneTops[i] + LANE_PAD / 2 + marker.row * ROW + ROW / 2;
            return (
              <g key={marker.id} className={`timeline-marker timeline-marker-${marker.status}`}>
                <circle cx={cx} cy={cy} r={11} fill={style.fill} stroke={style.stroke} strokeWidth={2} strokeDasharray={style.dash} />
                <text x={cx} y={cy + 4} textAnchor="middle" className="timeline-number" fill={style.text}>
                  {props.numbers.get(marker.id)}
                </text>
                {marker.status === "dropped" ? (
                  <line x1={cx - 13} y1={cy + 13} x2={cx + 13} y2={cy - 13} stroke="#6b736f" strokeWidth={2} />
                ) : null}
              </g>
            );
          }),
        )}
        {paths.length > 0 ? (
          <text x={8} y={roadmapBottom + 20} className="timeline-section">
            Groeipaden van de KPI&apos;s
          </text>
        ) : null}
        {paths.map((path, i) => {
          const top = pathsTop + i * PATH_LANE;
          const points = path.points.map((p) => `${x(p.x)},${top + 8 + (1 - p.y) * (PATH_LANE - 20)}`).join(" ");
          return (
            <g key={path.id} className="timeline-growth-path">
              <text x={8} y={top + 24} className="timeline-lane-label">
                {path.shortName}
              </text>
              <text x={8} y={top + 40} className="timeline-path-range">
                {path.rangeText}
              </text>
              <polyline points={points} fill="none" stroke="#1f5a99" strokeWidth={2} />
              {path.points
                .filter((p) => p.milestone)
                .map((p) => (
                  <circle key={p.key} cx={x(p.x)} cy={top + 8 + (1 - p.y) * (PATH_LANE - 20)} r={3.5} fill="#1f5a99" />
                ))}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend timeline-legend" aria-hidden="true">
        {Object.entries({ planned: "Gepland", in_progress: "Bezig", done: "Gereed", dropped: "Vervallen" }).map(([status, label]) => {
          const style = STATUS_STYLE[status];
          return (
            <li key={status}>
              <svg width="20" height="20">
                <circle cx="10" cy="10" r="7" fill={style.fill} stroke={style.stroke} strokeWidth="2" strokeDasharray={style.dash} />
                {status === "dropped" ? <line x1="2" y1="18" x2="18" y2="2" stroke="#6b736f" strokeWidth="2" /> : null}
              </svg>
              {label}
            </li>
          );
        })}
        {paths.length > 0 ? (
          <li>
            <svg width="28" height="12">
              <line x1="0" y1="6" x2="28" y2="6" stroke="#1f5a99" strokeWidth="2" />
            </svg>
            Groeipad (doel per kwartaal)
          </li>
        ) : null}
      </ul>
    </div>
  );
}
