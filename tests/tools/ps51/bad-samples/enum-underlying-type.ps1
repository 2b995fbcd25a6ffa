# An enum with an underlying type (PowerShell 6.2).
# expect: syntax enum with an underlying type
enum Level : byte { Low = 1; High = 2 }
