# The null-coalescing assignment ??= (PowerShell 7.0).
# expect: syntax null-coalescing assignment ??=
$name = $null
$name ??= "none"
