# A clean {} block (PowerShell 7.3).
# expect: syntax clean {} block
function Use-Resource {
    process { $null = $_ }
    clean { $null = 1 }
}
