# The background operator & at the end of a pipeline (PowerShell 6.0).
# expect: syntax background operator
Start-Sleep -Seconds 1 &
