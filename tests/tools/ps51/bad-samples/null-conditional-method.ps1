# A null-conditional method call ?.Method() (PowerShell 7.1).
# expect: syntax null-conditional
$text = $null
$upper = ${text}?.ToUpperInvariant()
