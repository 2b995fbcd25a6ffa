# Null-conditional member access ?. (PowerShell 7.1).
# expect: syntax null-conditional member access
$proxy = $null
$length = ${proxy}?.Name
