# ConvertTo-SecureString -AsPlainText without -Force: refused by 5.1 (7 no longer needs -Force).
# expect: parameter ConvertTo-SecureString -AsPlainText without -Force
$secure = ConvertTo-SecureString -String "secret" -AsPlainText
