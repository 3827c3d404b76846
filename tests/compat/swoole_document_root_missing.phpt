--TEST--
wserver.aliases=swoole: Server::set() with a document_root that does not exist returns false and says so as Swoole does, a WARNING line in its log format on stderr ("document_root[...] does not exist"); a document_root that is a file is still a PHP warning
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
$s = new Swoole\Http\Server('127.0.0.1', 0, SWOOLE_BASE);
$missing = sys_get_temp_dir() . '/wserver-no-such-root-' . getmypid();
$cmd = escapeshellarg(PHP_BINARY) . ' ' . (getenv('WSERVER_TEST_PHP_ARGS') ?: '') . ' -d wserver.aliases=swoole -r '
    . escapeshellarg('$s = new Swoole\Http\Server("127.0.0.1", 0, SWOOLE_BASE); var_dump($s->set(["enable_static_handler" => true, "document_root" => "' . $missing . '"]));')
    . ' 2>&1 >/dev/null';
echo preg_replace('/^\[[^\]]+\]/', '[time pid]', str_replace($missing, 'MISSING', shell_exec($cmd)));
var_dump($s->set(['enable_static_handler' => true, 'document_root' => __FILE__]));
?>
--EXPECTF--
[time pid]	WARNING	Server::set_document_root(): document_root[MISSING] does not exist

Warning: Swoole\Server::set(): option "document_root": %s is not a directory in %s on line %d
bool(false)
