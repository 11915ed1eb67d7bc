// Part 1 of the authorisation matrix (tests/fixtures/authorisation-matrix.ts).
import { authorisationMatrix } from "../fixtures/authorisation-matrix";

await authorisationMatrix(1, 3);
