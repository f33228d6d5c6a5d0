// GOV.UK Frontend's js-enabled snippet, as a file so the Content-Security-Policy needs no
// 'unsafe-inline'. Loaded synchronously at the top of <body>, before anything is painted.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
