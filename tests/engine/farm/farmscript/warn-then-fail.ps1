# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
function Invoke-S2STestWarnThenFail { param($Arguments, $Server) Write-Warning 'first the warning'; throw 'then the failure' }
$script:S2SOperations['test.warn'] = 'Invoke-S2STestWarnThenFail'
$answer = Invoke-S2SRequest -Bytes ([Text.Encoding]::UTF8.GetBytes('{"id":7,"op":"test.warn","args":{}}'))
Send-S2SMessage $answer
