# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
$body = [System.Text.Encoding]::UTF8.GetBytes('grant_type=client_credentials&resource=a%2Fb')
$r = Invoke-S2SOutboundPost -Uri "$($env:S2S_TEST_ARG)/token" -ContentType 'application/x-www-form-urlencoded' -Body $body -TimeoutMs 10000 -MaxBytes 1000
'' + $r.Status + ' ' + [System.Text.Encoding]::UTF8.GetString($r.Body)
$r = Invoke-S2SOutboundPost -Uri "$($env:S2S_TEST_ARG)/moved" -ContentType 'application/x-www-form-urlencoded' -Body $body -TimeoutMs 10000 -MaxBytes 1000
'' + $r.Status + ' ' + $r.Location
try { $null = Invoke-S2SOutboundPost -Uri "$($env:S2S_TEST_ARG)/big" -ContentType 'application/x-www-form-urlencoded' -Body $body -TimeoutMs 10000 -MaxBytes 100000; 'accepted' } catch { 'refused' }
