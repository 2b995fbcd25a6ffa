# Null-conditional indexing ?[] (PowerShell 7.1).
# expect: syntax null-conditional index
$list = $null
$first = ${list}?[0]
