// The choices of the filter bar: what the buyer's contracts hold, regardless of the filters set.
// Contract managers by name (people); one without a name (an invited person gives none) comes
// back as '' and is labelled with the address by lib/dashboard/service.ts.
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";
import { countedContract } from "./counted";

export function optionsSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    select json_build_object(
      'contracts', (select count(*)::int from fc),
      'packages', coalesce((select json_agg(x.purchasing_package order by x.purchasing_package)
        from (select distinct purchasing_package from contracts where tenant_id = ${t} and ${countedContract("contracts")}) x), '[]'::json),
      'managers', coalesce((select json_agg(json_build_object('id', u.id, 'name', coalesce(u.name, '')) order by u.name nulls last)
        from people u where u.id in (select contract_manager_id from contracts where tenant_id = ${t} and ${countedContract("contracts")})), '[]'::json),
      'suppliers', coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
        from organisations o where o.id in (select supplier_org_id from contracts where tenant_id = ${t} and ${countedContract("contracts")})), '[]'::json)
    )
  )`;
}
