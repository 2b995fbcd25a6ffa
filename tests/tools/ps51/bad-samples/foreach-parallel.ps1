# ForEach-Object -Parallel (PowerShell 7.0).
# expect: parameter ForEach-Object -Parallel
$null = 1..3 | ForEach-Object -Parallel { $_ * 2 }
