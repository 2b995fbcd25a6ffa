# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
$r = Invoke-S2SOutboundGet -Uri "$($env:S2S_TEST_ARG)/moved" -TimeoutMs 10000 -MaxBytes 1000
'' + $r.Status + ' ' + $r.Location
try { $null = Invoke-S2SOutboundGet -Uri "$($env:S2S_TEST_ARG)/big" -TimeoutMs 10000 -MaxBytes 100000; 'accepted' } catch { 'refused' }
