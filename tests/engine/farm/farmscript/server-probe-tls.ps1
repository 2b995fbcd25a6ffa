# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
# The connection goes to 127.0.0.1; the web application's host name decides the TLS check.
foreach ($name in 'localhost', 'portal.contoso.com') {
    try {
        $r = Invoke-S2SServerProbe -Server '127.0.0.1' -Uri "https://127.0.0.1:$($env:S2S_TEST_ARG)/_layouts/15/metadata/json/1" -HostHeader "$($name):$($env:S2S_TEST_ARG)" -TimeoutMs 10000
        "$($name): HTTP $($r.Status)"
    } catch {
        "$($name): refused ($($_.Exception.Message))"
    }
}
