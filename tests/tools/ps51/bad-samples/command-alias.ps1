# The sort alias: 5.1 has it, PowerShell 7 on Linux does not.
# expect: command sort is an alias of Sort-Object
$sorted = 3, 1, 2 | sort
