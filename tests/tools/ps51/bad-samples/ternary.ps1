# A ternary operator (PowerShell 7.0).
# expect: syntax ternary operator
$count = 3
$word = ($count -gt 1) ? "many" : "one"
