# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript).
$text = '{"id":3,"op":"x","args":{"password":"  P\u00e4\"ss\\ ","n":1.5,"list":[1,{"a":null}],"empty":[],"item":"i","a b":true}}'
$r = ConvertFrom-S2SJson -Bytes ([Text.Encoding]::UTF8.GetBytes($text))
$a = $r['args']
'password=[' + $a['password'] + ']'
'id=' + $r['id'].GetType().Name + ':' + $r['id']
'n=' + $a['n'].GetType().Name
'list=' + $a['list'].Count + ':' + ($null -eq $a['list'][1]['a'])
'empty=' + ($a['empty'] -is [array]) + ':' + $a['empty'].Count
'item=' + $a['item'] + ':' + $a['a b']
'logged=' + [string]$a
foreach ($bad in @('{"id":5,"args":{"realm":"abc"', '{"id":5,"id":6}', '')) {
    try { $null = ConvertFrom-S2SJson -Bytes ([Text.Encoding]::UTF8.GetBytes($bad)); 'accepted ' + $bad } catch { 'refused' }
}
