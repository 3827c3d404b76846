--TEST--
Configuration: Server set() http_compression_types given as a string, not a list: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Http\Server('127.0.0.1', {PORT});
$s->set(['http_compression_types' => 'text/html']);
$s->on('request', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
Warning: WServer\Server::set(): option "http_compression_types" must be array, string given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Http\Server::set(): option "http_compression_types" must be array, string given
left: nothing
start -d: exit code 1
Warning: WServer\Server::set(): option "http_compression_types" must be array, string given in DIR/app.php on line 6
WServer[app.php] cannot start: WServer\Http\Server::set(): option "http_compression_types" must be array, string given
left: nothing
