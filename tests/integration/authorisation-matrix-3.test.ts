// Part 3 of the authorisation matrix (tests/fixtures/authorisation-matrix.ts).
import { authorisationMatrix } from "../fixtures/authorisation-matrix";

await authorisationMatrix(3, 3);
