# Set-StrictMode -Off (the farm script runs under -Version 2.0 everywhere).
# expect: strict Set-StrictMode -Off
Set-StrictMode -Off
