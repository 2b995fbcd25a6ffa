# -replace with a script block substitution (PowerShell 6.1).
# expect: syntax -replace with a script block
$upper = "abc" -replace "b", { $_.Value.ToUpperInvariant() }
