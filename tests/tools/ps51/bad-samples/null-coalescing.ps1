# The null-coalescing operator ?? (PowerShell 7.0).
# expect: syntax null-coalescing operator ??
$name = $null
$shown = $name ?? "none"
