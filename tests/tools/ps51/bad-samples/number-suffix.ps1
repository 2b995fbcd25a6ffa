# Number literal suffixes and binary literals (PowerShell 6.2 / 7.0).
# expect: syntax number literal 1u
# expect: syntax number literal 0b101
$a = 1u
$b = 0b101
