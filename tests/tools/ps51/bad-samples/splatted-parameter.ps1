# A splatted hashtable whose keys are checked like named parameters.
# expect: parameter Invoke-Command -HostName
$remote = @{ HostName = "server"; ScriptBlock = { $env:COMPUTERNAME } }
$name = Invoke-Command @remote
