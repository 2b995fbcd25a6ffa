# A generic method call with explicit type arguments (PowerShell 7.3).
# expect: syntax generic method call
$list = New-Object System.Collections.ArrayList
$empty = [System.Array]::Empty[string]()
