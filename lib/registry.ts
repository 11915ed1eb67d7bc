// Every server action and route handler of the product, for the authorisation matrix test: an
// action missing from the test's expected table makes that test fail.
import { createContract, updateContract } from "@/lib/contracts/actions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { getContractRoute, listContractsRoute } from "@/lib/contracts/routes";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/members/actions";
import { listMembersRoute } from "@/lib/members/routes";
import { createWheel, deriveContractWheel, publishWheel, updateAmbition, updateAnalysis } from "@/lib/waardenwiel/actions";
import { addGoal, removeGoal, updateGoal } from "@/lib/waardenwiel/goal-actions";
import {
  addSubtheme,
  addTheme,
  moveTheme,
  removeSubtheme,
  removeTheme,
  setPriorities,
  updateSubtheme,
  updateTheme,
} from "@/lib/waardenwiel/theme-actions";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/indicators/actions";
import { createTarget, deleteTarget, updateTarget } from "@/lib/targets/actions";
import { saveFootprintBaseline, savePackageFootprint } from "@/lib/footprint/actions";
import { deleteBid, saveBid, saveTender } from "@/lib/tenders/actions";
import { answerChecklist, closeChecklistRound, openChecklistRound } from "@/lib/guidance/checklist/actions";
import { saveWegwijzerRun } from "@/lib/guidance/wegwijzer/actions";
import { saveCooperationTreeAssessment, saveMaturityAssessment, savePeopleGrowthAssessment } from "@/lib/guidance/assessment/actions";
import { saveProcurementChecklist, shareProcurementChecklist } from "@/lib/guidance/procurement/actions";
import { acceptKpi, proposeKpi, rejectKpi, setKpiThemes, updateKpi, withdrawKpiChange } from "@/lib/kpis/actions";
import { setGrowthPath } from "@/lib/kpis/growth-path-actions";
import { setMalusRule } from "@/lib/malus/rule-actions";
import { promiseToKpi, recordPromise } from "@/lib/kpis/promise-actions";
import { createRoadmapItem, deleteRoadmapItem, updateRoadmapItem } from "@/lib/roadmap/actions";
import { decideInnovation, proposeInnovation, recordInnovationOutcome, removeInnovationDecision } from "@/lib/innovations/actions";
import { updateCooperation } from "@/lib/cooperation/actions";
import { setScoreGroups } from "@/lib/contracts/score-group-actions";
import { adoptTemplate, createTemplate, deleteTemplate, updateTemplate } from "@/lib/kpi-library/actions";
import { copyKpis } from "@/lib/kpi-library/copy";
import { importKpis, importTemplateRoute } from "@/lib/kpi-library/import/actions";
import { decideReport, deleteEvidence, saveReportDraft, submitReport, uploadEvidence } from "@/lib/reports/actions";
import { uploadReportValues, valuesTemplateRoute } from "@/lib/reports/values-actions";
import { evidenceRoute } from "@/lib/reports/routes";
import { profileFileRoute, sharedProfileFileRoute } from "@/lib/supplier-profile/routes";
import { reportRoute } from "@/lib/reports/api";
import { contractKpisRoute } from "@/lib/kpis/api";
import { reviewRoute } from "@/lib/reviews/api";
import { malusLedgerRoute } from "@/lib/malus/api";
import { sendReportReminder } from "@/lib/reports/reminder-actions";
import { acceptReports, remindSuppliers } from "@/lib/reports/bulk-actions";
import { closeActionItems } from "@/lib/reviews/bulk-actions";
import { completeRoadmapItem, completeRoadmapItems } from "@/lib/roadmap/complete-actions";
import { setReminders } from "@/lib/account/actions";
import { markAllNotificationsRead, openNotification, setNotificationPreferences } from "@/lib/notifications/actions";
import { notificationsRoute } from "@/lib/notifications/routes";
import { dashboardExportRoute, dashboardRoute, dashboardSupplierSearchRoute } from "@/lib/dashboard/routes";
import { auditLogExportRoute } from "@/lib/audit-log/routes";
import { worklistRoute } from "@/lib/worklist/routes";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";
import { cancelMeeting, planReview, refreshReview } from "@/lib/reviews/plan-actions";
import { commentOnScore, scoreKpi, settleScore } from "@/lib/reviews/score-actions";
import {
  actionItemDecision,
  addKpiDecision,
  growthPathDecision,
  removeDecision,
  retireKpiDecision,
  setMalusDecision,
} from "@/lib/reviews/decision-actions";
import { approveWaiver, waiveMalus } from "@/lib/malus/waiver-actions";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { createSsoProvider, deleteSsoProvider, updateSsoProvider } from "@/lib/sso/actions";
import { setBenchmarkParticipation } from "@/lib/benchmark/actions";
import {
  answerGroupInvitation,
  leaveGroup,
  publishToGroupNow,
  setGroupConsent,
  startGroup,
  takeOverStandard,
} from "@/lib/groups/member-actions";
import { inviteOrganisation, publishStandard, removeGroupMember } from "@/lib/groups/actions";
import { deleteProfileFact, saveProfileFact, setProfileShare } from "@/lib/supplier-profile/actions";
import { deleteProfileFile, uploadProfileFile } from "@/lib/supplier-profile/file-actions";
import { assignVerifier, drawVerificationSample, recordVerification, unassignVerifier } from "@/lib/verification/actions";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } from "@/lib/webhooks/actions";
import { rotateWebhookSecret, updateWebhookEndpoint } from "@/lib/webhooks/change-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { decideKpi, openEvaluation, removeEvaluationDecision, saveEvaluation, signEvaluation } from "@/lib/evaluations/actions";
import { addLesson, amendReview, closeActionItem } from "@/lib/reviews/amend-actions";
import { approveReopen, closeQuarter, requestReopen } from "@/lib/period-close/actions";
import { malusLedgerCsvRoute, reviewInvitationRoute, reviewPdfRoute, reviewScoresCsvRoute } from "@/lib/reviews/output-routes";
import { contractOcdsRoute, organisationOcdsRoute } from "@/lib/ocds/routes";
import { createBoardReport } from "@/lib/board-reports/actions";

export const allActions = [
  inviteMember,
  changeMemberRole,
  removeMember,
  revokeInvitation,
  createContract,
  updateContract,
  inviteSupplier,
  createIndicator,
  updateIndicator,
  deleteIndicator,
  createTarget,
  updateTarget,
  deleteTarget,
  saveFootprintBaseline,
  savePackageFootprint,
  saveTender,
  saveBid,
  deleteBid,
  createWheel,
  deriveContractWheel,
  updateAnalysis,
  updateAmbition,
  publishWheel,
  addTheme,
  updateTheme,
  removeTheme,
  moveTheme,
  setPriorities,
  addSubtheme,
  updateSubtheme,
  removeSubtheme,
  addGoal,
  updateGoal,
  removeGoal,
  saveWegwijzerRun,
  openChecklistRound,
  closeChecklistRound,
  answerChecklist,
  saveMaturityAssessment,
  savePeopleGrowthAssessment,
  saveCooperationTreeAssessment,
  saveProcurementChecklist,
  shareProcurementChecklist,
  proposeKpi,
  acceptKpi,
  rejectKpi,
  updateKpi,
  setKpiThemes,
  withdrawKpiChange,
  setGrowthPath,
  setMalusRule,
  recordPromise,
  promiseToKpi,
  createRoadmapItem,
  updateRoadmapItem,
  deleteRoadmapItem,
  proposeInnovation,
  decideInnovation,
  removeInnovationDecision,
  recordInnovationOutcome,
  updateCooperation,
  setScoreGroups,
  createTemplate,
  updateTemplate,
  deleteTemplate,
  adoptTemplate,
  copyKpis,
  importKpis,
  saveReportDraft,
  submitReport,
  decideReport,
  uploadEvidence,
  deleteEvidence,
  uploadReportValues,
  setReminders,
  openNotification,
  markAllNotificationsRead,
  setNotificationPreferences,
  planReview,
  cancelMeeting,
  refreshReview,
  scoreKpi,
  commentOnScore,
  settleScore,
  addKpiDecision,
  retireKpiDecision,
  growthPathDecision,
  setMalusDecision,
  actionItemDecision,
  removeDecision,
  waiveMalus,
  approveWaiver,
  addLesson,
  signReview,
  openEvaluation,
  saveEvaluation,
  decideKpi,
  removeEvaluationDecision,
  signEvaluation,
  amendReview,
  closeActionItem,
  sendReportReminder,
  acceptReports,
  remindSuppliers,
  closeActionItems,
  completeRoadmapItem,
  completeRoadmapItems,
  closeQuarter,
  requestReopen,
  approveReopen,
  createApiToken,
  revokeApiToken,
  createWebhookEndpoint,
  setWebhookEndpointEnabled,
  deleteWebhookEndpoint,
  redeliverWebhook,
  updateWebhookEndpoint,
  rotateWebhookSecret,
  createSsoProvider,
  updateSsoProvider,
  deleteSsoProvider,
  setBenchmarkParticipation,
  startGroup,
  answerGroupInvitation,
  leaveGroup,
  setGroupConsent,
  takeOverStandard,
  publishToGroupNow,
  inviteOrganisation,
  removeGroupMember,
  publishStandard,
  saveProfileFact,
  deleteProfileFact,
  uploadProfileFile,
  deleteProfileFile,
  setProfileShare,
  recordVerification,
  assignVerifier,
  unassignVerifier,
  drawVerificationSample,
  createBoardReport,
] as const;

export const allRoutes = [
  listContractsRoute,
  getContractRoute,
  listMembersRoute,
  importTemplateRoute,
  evidenceRoute,
  profileFileRoute,
  sharedProfileFileRoute,
  reportRoute,
  contractKpisRoute,
  reviewRoute,
  malusLedgerRoute,
  valuesTemplateRoute,
  reviewPdfRoute,
  reviewScoresCsvRoute,
  reviewInvitationRoute,
  malusLedgerCsvRoute,
  dashboardRoute,
  dashboardExportRoute,
  dashboardSupplierSearchRoute,
  contractDashboardRoute,
  auditLogExportRoute,
  worklistRoute,
  notificationsRoute,
  contractOcdsRoute,
  organisationOcdsRoute,
] as const;
