# A tracked divergence (exception-mismatch), minimized by molt: bugs/exception-mismatch-2960d2fa/report.md
# molt: known-divergence=exception-mismatch-2960d2fa
value
