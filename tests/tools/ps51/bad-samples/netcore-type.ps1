# System.Text.Json exists only in .NET Core 3.0+.
# expect: type [System.Text.Json.JsonSerializer]
$json = [System.Text.Json.JsonSerializer]::Serialize(@{ a = 1 })
