# A call to a function of the script with a parameter the function does not declare.
# expect: parameter Get-S2SThing -Nmae
function Get-S2SThing {
    param([string] $Name)
    return $Name
}
$thing = Get-S2SThing -Nmae "x"
