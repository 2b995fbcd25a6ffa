# The `u{} and `e escape sequences (PowerShell 6.0).
# expect: syntax escape sequence `u{2713}
# expect: syntax escape sequence `e
$check = "done `u{2713}"
$escape = "`e[0m"
