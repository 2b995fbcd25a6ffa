# strict-mode-required
# A script that must set Set-StrictMode -Version 2.0 at its top level and does not (only inside a function).
# expect: strict no top-level Set-StrictMode -Version 2.0
function Initialize-Thing {
    Set-StrictMode -Version 2.0
}
