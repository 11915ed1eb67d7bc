import Link from "next/link";
import { formatDate } from "@/lib/format";
import { PrintButton } from "./print-button";
import { Notice } from "@/app/_components/ui/notice";

type Assessment = {
  title: string;
  assessedOn: string;
  savedAt: string;
  createdBy: string;
  notes: string | null;
};

/** The top of a saved assessment: back link, saved notice, title, date and who saved it, print button. */
export function AssessmentHeader(props: { back: string; toolTitle: string; orgName: string; assessment: Assessment; saved: boolean }) {
  const { assessment } = props;
  return (
    <>
      <p className="small no-print">
        <Link href={props.back}>← {props.toolTitle}</Link>
      </p>
      {props.saved ? <Notice className="no-print">De inschatting is bewaard.</Notice> : null}
      <div className="page-header">
        <div>
          <p className="print-only small">
            {props.orgName} · {props.toolTitle}
          </p>
          <h1>{assessment.title}</h1>
          <p>
            Inschatting van {formatDate(assessment.assessedOn)}, bewaard op {assessment.savedAt} door {assessment.createdBy}
          </p>
        </div>
        <div className="actions">
          <PrintButton />
        </div>
      </div>
      {assessment.notes ? (
        <dl className="facts">
          <dt>Notities</dt>
          <dd className="pre-line">{assessment.notes}</dd>
        </dl>
      ) : null}
    </>
  );
}
