// GOV.UK Frontend's components (error summary focus, skip link, header) on workspace pages.
import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();
