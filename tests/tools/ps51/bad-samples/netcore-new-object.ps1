# System.Net.Http.SocketsHttpHandler exists only in .NET Core 2.1+.
# expect: type New-Object System.Net.Http.SocketsHttpHandler
$handler = New-Object System.Net.Http.SocketsHttpHandler
