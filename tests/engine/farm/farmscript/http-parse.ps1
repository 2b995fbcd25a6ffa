# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
$latin1 = [Text.Encoding]::GetEncoding('iso-8859-1')
$chunked = "HTTP/1.1 200 OK`r`nTransfer-Encoding: chunked`r`nContent-Type: application/json`r`n`r`n5;ext=1`r`n{`"a`":`r`n4`r`n1}  `r`n0`r`n`r`n"
$partial = "HTTP/1.1 200 OK`r`nTransfer-Encoding: chunked`r`n`r`n5`r`n{`"a`":`r`n"
$length = "HTTP/1.1 302 Found`r`nLocation: http://other/x`r`nContent-Length: 3`r`n`r`nabcEXTRA"
$short = "HTTP/1.1 200 OK`r`nContent-Length: 10`r`n`r`nabc"
$closed = "HTTP/1.0 200 OK`r`n`r`nuntil the end"
foreach ($sample in $chunked, $partial, $length, $short, $closed) {
    $bytes = $latin1.GetBytes($sample)
    $complete = Test-S2SHttpResponseComplete -Bytes $bytes
    $r = ConvertFrom-S2SHttpResponse -Bytes $bytes
    "$complete $($r.Status) [$($r.Location)] [$($latin1.GetString($r.Body))]"
}
