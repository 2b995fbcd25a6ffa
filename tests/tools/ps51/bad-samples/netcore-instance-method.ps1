# [string] has no ReplaceLineEndings() in .NET Framework 4.8 (.NET 6+); the cast tells the check the type.
# expect: member System.String has no public instance method ReplaceLineEndings
$text = ([string]"a`r`nb").ReplaceLineEndings()
