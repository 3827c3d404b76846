--TEST--
wserver.aliases=swoole: an empty package_eof in Server::set() or a client's set() with open_eof_check is Swoole's fatal error; a too long one stays a warning
--EXTENSIONS--
wserver
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$php = wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=1 -d log_errors=0 ';
$scripts = [
    'server' => '$s = new Swoole\Server("127.0.0.1", 0); var_dump($s->set(["package_eof" => "123456789"])); $s->set(["package_eof" => ""]); echo "not reached\n";',
    'client' => '$c = new Swoole\Client(SWOOLE_SOCK_TCP); $c->set(["open_eof_check" => true, "package_eof" => ""]); echo "not reached\n";',
    'coroutine client' => 'Co\run(function () { $c = new Co\Client(SWOOLE_SOCK_TCP); $c->set(["open_eof_split" => true, "package_eof" => ""]); echo "not reached\n"; });',
];
foreach ($scripts as $name => $code) {
    file_put_contents("$dir/app.php", "<?php\n$code\n");
    exec($php . escapeshellarg("$dir/app.php") . ' 2>&1', $out, $rc);
    echo "$name (exit $rc):\n", trim(implode("\n", $out)), "\n";
    $out = [];
}
wserver_test_cleanup($dir);
?>
--EXPECTF--
server (exit 255):
Warning: Swoole\Server::set(): option "package_eof" must be 1 to 8 bytes long in %s on line 2
bool(false)

Fatal error: Swoole\Server::set(): package_eof cannot be an empty string in %s on line 2
client (exit 255):
Fatal error: %sClient::set(): package_eof cannot be an empty string in %s on line 2
coroutine client (exit 255):
Fatal error: %sClient::set(): package_eof cannot be an empty string in %s on line 2
