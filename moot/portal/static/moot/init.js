// Starts GOV.UK Frontend's components (header menu, error summary, notification banner).
import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();
