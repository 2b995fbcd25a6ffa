# [semver] is a PowerShell 6+ type accelerator (System.Management.Automation.SemanticVersion).
# expect: type [semver]
$version = [semver]"1.2.3"
