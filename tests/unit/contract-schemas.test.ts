import { describe, expect, it } from "vitest";
import { CreateContract, InviteSupplier, UpdateContract } from "@/lib/contracts/schemas";
import { fieldErrorsOf } from "@/lib/http/input";

const form = {
  title: "Catering stadhuis",
  reference: "",
  purchasingPackage: "catering",
  cooperationForm: "relationeel",
  startDate: "2026-01-01",
  endDate: "2029-12-31",
  valueCents: "1.250.000,50",
  contractManagerId: "",
  status: "active",
};

function errorsOf(schema: typeof CreateContract | typeof UpdateContract | typeof InviteSupplier, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error(`expected errors, got ${JSON.stringify(parsed.data)}`);
  return fieldErrorsOf(parsed.error);
}

describe("CreateContract", () => {
  it("turns a posted form into typed values with the amount in exact cents", () => {
    const parsed = CreateContract.parse(form);
    expect(parsed).toMatchObject({ title: "Catering stadhuis", valueCents: 125_000_050, status: "active" });
    expect(parsed.reference).toBeNull();
    expect(parsed.contractManagerId).toBeNull();
  });

  it("puts an end date before the start date on the end date field", () => {
    expect(errorsOf(CreateContract, { ...form, startDate: "2027-01-01", endDate: "2026-12-31" })).toEqual({
      endDate: "De einddatum ligt vóór de startdatum.",
    });
  });

  it("shows the date order error together with the other errors, so the form needs one round", () => {
    expect(errorsOf(CreateContract, { ...form, title: "", startDate: "2027-01-01", endDate: "2026-12-31" })).toEqual({
      title: "Vul de titel in.",
      endDate: "De einddatum ligt vóór de startdatum.",
    });
    expect(errorsOf(CreateContract, null)).toHaveProperty("_form");
  });

  it("asks for a title when it is missing or blank, and limits its length", () => {
    const { title: _title, ...withoutTitle } = form;
    expect(errorsOf(CreateContract, withoutTitle).title).toBe("Vul de titel in.");
    expect(errorsOf(CreateContract, { ...form, title: "   " }).title).toBe("Vul de titel in.");
    expect(errorsOf(CreateContract, { ...form, title: "x".repeat(201) }).title).toBe("Titel mag hoogstens 200 tekens lang zijn.");
    expect(CreateContract.safeParse({ ...form, title: "x".repeat(200) }).success).toBe(true);
  });

  it("refuses amounts that are not Dutch numbers, with a message on the value field", () => {
    expect(errorsOf(CreateContract, { ...form, valueCents: "veel" }).valueCents).toContain("geldig getal");
    expect(errorsOf(CreateContract, { ...form, valueCents: "12.5" }).valueCents).toBe(
      "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
    );
    expect(errorsOf(CreateContract, { ...form, valueCents: "-1" }).valueCents).toBe("Het bedrag mag niet negatief zijn.");
  });

  it("refuses impossible dates and unknown choices", () => {
    const errors = errorsOf(CreateContract, { ...form, startDate: "2026-02-30", purchasingPackage: "raketten", status: "bogus" });
    expect(errors.startDate).toBe("Vul een geldige startdatum in.");
    expect(errors.purchasingPackage).toBe("Kies een inkooppakket.");
    expect(errors.status).toBe("Kies een status.");
  });

  it("drops fields a form must not set, such as the tenant and the supplier", () => {
    const parsed = CreateContract.parse({
      ...form,
      tenantId: "00000000-0000-4000-8000-000000000001",
      supplierOrgId: "00000000-0000-4000-8000-000000000002",
      version: 99,
      id: "00000000-0000-4000-8000-000000000003",
    });
    for (const key of ["tenantId", "supplierOrgId", "version", "id"]) expect(parsed).not.toHaveProperty(key);
  });
});

describe("UpdateContract", () => {
  it("reads the version from a form string and leaves an unknown id to the data layer (not found)", () => {
    const id = "6f1c1c1e-8a47-4c43-9a57-0d5b2a0c9f10";
    expect(UpdateContract.parse({ ...form, id, version: "3" })).toMatchObject({ id, version: 3 });
    expect(errorsOf(UpdateContract, { ...form, id, version: "drie" }).version).toBeTruthy();
  });
});

describe("InviteSupplier", () => {
  const contractId = "6f1c1c1e-8a47-4c43-9a57-0d5b2a0c9f10";

  it("normalises the KvK number and the e-mail address", () => {
    expect(InviteSupplier.parse({ contractId, kvk: "1234 5678", name: " Schoon BV ", email: " Piet@Schoon.NL " })).toEqual({
      contractId,
      kvk: "12345678",
      name: "Schoon BV",
      email: "piet@schoon.nl",
      confirmKvk: null,
    });
    expect(InviteSupplier.parse({ contractId, kvk: "12345678", email: "" }).email).toBeUndefined();
    expect(InviteSupplier.parse({ contractId, kvk: "12345678", confirmKvk: "1234 5678" }).confirmKvk).toBe("12345678");
  });

  it("puts an invalid KvK number and an invalid e-mail address on their fields", () => {
    const errors = errorsOf(InviteSupplier, { contractId, kvk: "1234", email: "piet@" });
    expect(errors.kvk).toBe("Een KvK-nummer heeft 8 cijfers.");
    expect(errors.email).toBe("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
  });
});
