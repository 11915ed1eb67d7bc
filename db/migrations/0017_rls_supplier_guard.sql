-- Measured in the issue 7 benchmark: a buyer reading review scores or report values paid for the
-- supplier policies too. PostgreSQL ORs the permissive policies per row, and a supplier policy
-- that looks up the parent review or report (EXISTS ...) ran that lookup for every row a buyer
-- read, 15–60× the cost of the query itself. Leading every supplier policy with the cheap
-- organisation-kind test lets the OR stop there for buyers. Who may see what does not change.
DO $$
DECLARE
  p record;
  guarded text;
BEGIN
  FOR p IN
    SELECT tablename, policyname, qual, with_check FROM pg_policies
    WHERE schemaname = 'public' AND policyname LIKE '%\_supplier%'
  LOOP
    guarded := format('ALTER POLICY %I ON public.%I USING (app_org_kind() = %L AND (%s))', p.policyname, p.tablename, 'supplier', p.qual);
    IF p.with_check IS NOT NULL THEN
      guarded := guarded || format(' WITH CHECK (app_org_kind() = %L AND (%s))', 'supplier', p.with_check);
    END IF;
    EXECUTE guarded;
  END LOOP;
END $$;
