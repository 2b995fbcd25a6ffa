# Convert.ToHexString exists only in .NET 5+.
# expect: member [Convert]::ToHexString
$hex = [Convert]::ToHexString([byte[]](1, 2, 3))
