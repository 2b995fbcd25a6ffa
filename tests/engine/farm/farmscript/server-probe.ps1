# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
foreach ($i in 1, 2) {
    $r = Invoke-S2SServerProbe -Server '127.0.0.1' -Uri "http://127.0.0.1:$($env:S2S_TEST_ARG)/_layouts/15/metadata/json/1" -HostHeader "sharepoint:$($env:S2S_TEST_ARG)" -TimeoutMs 10000
    '' + $r.Status + ' ' + $r.Location + ' ' + [Text.Encoding]::UTF8.GetString($r.Body)
}
