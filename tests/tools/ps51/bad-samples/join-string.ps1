# Join-String (PowerShell 6.2).
# expect: command Join-String
$text = "a", "b" | Join-String -Separator ","
